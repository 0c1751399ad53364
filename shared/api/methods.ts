import type { ApiMethod } from './contract.js';

/**
 * The API's method names without its schemas. The Electron preload needs the
 * names only; importing them from contract.ts would bundle zod and the whole
 * model into a script that runs in every window. The type-only import above is
 * erased at build time, and the check below fails to compile if this list and
 * the contract ever disagree (a test checks the order-free equality at run time).
 * Adding a method to the contract? Add its name here too: tsc names the ones missing.
 */
export const API_METHOD_NAMES = [
  'getWorkbookInfo',
  'getSummary',
  'listRecords',
  'getRecord',
  'createRecord',
  'updateRecord',
  'deleteRecord',
  'restoreRecord',
  'reorderRecords',
  // One person: their page, export and erasure (shared/api/personContract.ts).
  'getPerson',
  'exportPerson',
  'assessRisk',
  // «Publiser» of a status report (electron/workbook/statusReportPublish.ts).
  'publishStatusReport',
  'search',
  'listMeetings',
  'getMeeting',
  'listActionItems',
  'recentWorkbooks',
  'openWorkbook',
  'newWorkbook',
  'exportTable',
  'renderPdf',
  // Sync (shared/api/syncContract.ts).
  'getSyncStatus',
  'exportSync',
  'previewSync',
  'importSync',
  'joinWorkbook',
  'listConflicts',
  'resolveConflict',
  'listBackups',
  'listExchanges',
  'restoreBackup',
  'setReplicaName',
  'setSyncFolder',
  'exchangeSyncFolder',
  // Undo, redo and change events (shared/api/historyContract.ts).
  'getHistory',
  'undo',
  'redo',
  'waitForChanges',
  'erasePerson',
  // Word documents (shared/api/wordContract.ts).
  'renderDocx',
] as const satisfies readonly ApiMethod[];

type Listed = (typeof API_METHOD_NAMES)[number];
type MissingFromList = Exclude<ApiMethod, Listed>;
// Fails to compile with the names of contract methods this list lacks.
export const API_METHOD_NAMES_COMPLETE: [MissingFromList] extends [never] ? true : MissingFromList = true;
