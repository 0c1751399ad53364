import { registerCatalogue } from '../../i18n';

const nb = {
  title: 'Personer',
  name: 'Navn',
  position: 'Stilling',
  affiliation: 'Tilhørighet',
  email: 'E-post',
  roles: 'Roller og grupper',
  add: 'Legg til person',
  newName: 'Ny person',
  addLabel: 'Legg til person',
  delete: 'Slett {{name}}',
  deleteLabel: 'Slett person',
  edit: 'Rediger {{name}}',
  placeholder: 'Ikke besatt',
  filter: 'Søk i personer',
  count: '{{count}} personer',
};

const en: typeof nb = {
  title: 'People',
  name: 'Name',
  position: 'Position',
  affiliation: 'Affiliation',
  email: 'E-mail',
  roles: 'Roles and groups',
  add: 'Add person',
  newName: 'New person',
  addLabel: 'Add person',
  delete: 'Delete {{name}}',
  deleteLabel: 'Delete person',
  edit: 'Edit {{name}}',
  placeholder: 'Not yet filled',
  filter: 'Search people',
  count: '{{count}} people',
};

registerCatalogue('people', nb, en);
