import { registerCatalogue } from '../../i18n';

/** The words of the shared record pattern (EditableRecord, AddRecordButton, DeleteRecordButton, DeletedRecord). */
const nb = {
  edit: 'Rediger',
  view: 'Vis',
  editName: 'Rediger: {{name}}',
  viewName: 'Vis: {{name}}',
  editing: 'Redigerer «{{name}}»',
  delete: 'Slett',
  deleteName: 'Slett: {{name}}',
  confirmDelete: '«{{name}}» har {{what}}, som slettes sammen med den. Slette likevel?',
  confirm: 'Slett likevel',
  cancel: 'Avbryt',
  deleted: '«{{name}}» er slettet.',
  undo: 'Angre',
  undoName: 'Angre slettingen av «{{name}}»',
  dismiss: 'Skjul',
  dismissName: 'Skjul meldingen om «{{name}}»',
  deleteStep: 'Slettet «{{name}}»',
  restoreStep: 'Gjenopprettet «{{name}}»',
  moveUp: 'Flytt opp',
  moveDown: 'Flytt ned',
  moveUpName: 'Flytt opp: {{name}}',
  moveDownName: 'Flytt ned: {{name}}',
  moveStep: 'Flyttet «{{name}}»',
};

const en: typeof nb = {
  edit: 'Edit',
  view: 'View',
  editName: 'Edit: {{name}}',
  viewName: 'View: {{name}}',
  editing: 'Editing “{{name}}”',
  delete: 'Delete',
  deleteName: 'Delete: {{name}}',
  confirmDelete: '“{{name}}” has {{what}}, which will be deleted with it. Delete anyway?',
  confirm: 'Delete anyway',
  cancel: 'Cancel',
  deleted: '“{{name}}” was deleted.',
  undo: 'Undo',
  undoName: 'Undo deleting “{{name}}”',
  dismiss: 'Hide',
  dismissName: 'Hide the message about “{{name}}”',
  deleteStep: 'Deleted “{{name}}”',
  restoreStep: 'Restored “{{name}}”',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveUpName: 'Move up: {{name}}',
  moveDownName: 'Move down: {{name}}',
  moveStep: 'Moved “{{name}}”',
};

registerCatalogue('records', nb, en);
