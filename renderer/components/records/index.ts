/** The one way a screen adds, edits, deletes and restores records: see renderer/README.md, «Records on a screen». */
export { AddRecordButton } from './AddRecordButton';
export { DeleteRecordButton, type DeleteTarget } from './DeleteRecordButton';
export { DeletedRecord } from './DeletedRecord';
export { EditableRecord, RecordActions, RecordEditor, useRecordEditing, type MoveHandlers } from './EditableRecord';
export { useRecordRows, type RecordRow } from './useRecordRows';
export { useRecordUi } from './recordUi';
export { useMoveInList } from './useMoveInList';
export type { Tombstone } from './recordUi';
