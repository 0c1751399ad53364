import { registerCatalogue } from '../i18n';

/** Words of the kit's own controls and the theme switch, namespace `ui`. */
const nb = {
  close: 'Lukk',
  dismiss: 'Skjul melding',
  undo: 'Angre',
  loading: 'Laster …',
  table: {
    sortedAscending: 'sortert stigende',
    sortedDescending: 'sortert synkende',
    sortBy: 'Sorter etter {{column}}',
    empty: 'Ingen rader.',
  },
  combobox: {
    showOptions: 'Vis forslag',
    noMatches: 'Ingen treff.',
    matches_one: '{{count}} forslag. Bruk pil opp og ned for å velge.',
    matches_other: '{{count}} forslag. Bruk pil opp og ned for å velge.',
  },
  light: { green: 'Grønn', yellow: 'Gul', red: 'Rød' },
  theme: {
    label: 'Utseende',
    system: 'Som systemet',
    light: 'Lyst',
    dark: 'Mørkt',
  },
};

const en: typeof nb = {
  close: 'Close',
  dismiss: 'Dismiss message',
  undo: 'Undo',
  loading: 'Loading …',
  table: {
    sortedAscending: 'sorted ascending',
    sortedDescending: 'sorted descending',
    sortBy: 'Sort by {{column}}',
    empty: 'No rows.',
  },
  combobox: {
    showOptions: 'Show suggestions',
    noMatches: 'No matches.',
    matches_one: '{{count}} suggestion. Use the up and down arrows to choose.',
    matches_other: '{{count}} suggestions. Use the up and down arrows to choose.',
  },
  light: { green: 'Green', yellow: 'Yellow', red: 'Red' },
  theme: {
    label: 'Appearance',
    system: 'As the system',
    light: 'Light',
    dark: 'Dark',
  },
};

registerCatalogue('ui', nb, en);
