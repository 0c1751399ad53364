import { registerCatalogue } from '../i18n';

/** Words of the kit's own controls and the theme switch, namespace `ui`. */
const nb = {
  close: 'Lukk',
  dismiss: 'Skjul melding',
  undo: 'Angre',
  loading: 'Laster …',
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
  light: { green: 'Green', yellow: 'Yellow', red: 'Red' },
  theme: {
    label: 'Appearance',
    system: 'As the system',
    light: 'Light',
    dark: 'Dark',
  },
};

registerCatalogue('ui', nb, en);
