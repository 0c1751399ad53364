import { registerCatalogue } from '../i18n';

/** Words of the app's shared widgets in renderer/components (namespace `components`). */
const nb = {
  overdue: 'Forfalt',
};

const en: typeof nb = {
  overdue: 'Overdue',
};

registerCatalogue('components', nb, en);
