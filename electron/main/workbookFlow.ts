import { basename, extname, join } from 'node:path';
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ApiEnvelope, ApiErrorBody } from '../../shared/api/contract.js';
import { word } from '../../shared/messages/catalogue.js';
import { WORKBOOK_EXTENSION, type LaunchTarget } from './launch.js';
import { DIALOG_WORDS, fill, type MenuLanguage } from './menuWords.js';
import { samePath } from './settings.js';

/**
 * Opening and creating workbooks from the desktop UI (first start, the Fil
 * menu, a double-clicked file), and what happens when a file cannot be opened:
 * the worker's message, in the app's language, in a dialog that offers a recent workbook,
 * another file or a new one. Nothing here throws at the user; the dialogs and
 * the worker are passed in, so the tests drive the flow with fakes.
 */
export interface WorkbookFlowUi {
  call(method: 'openWorkbook' | 'newWorkbook', args: { path: string; empty?: boolean }): Promise<ApiEnvelope>;
  /** Recent workbooks that still exist, most recent first. */
  recent(): readonly string[];
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** Where a new workbook is suggested (the user's Documents folder). */
  readonly documentsDir: string;
  /** The app's language: the dialogs' (bokmål when left out). */
  language?(): MenuLanguage;
}

export type RecoveryChoice =
  | { readonly kind: 'open'; readonly path: string }
  | { readonly kind: 'choose-file' }
  | { readonly kind: 'create-new' }
  /** Keep the workbook that is open (when one is). */
  | { readonly kind: 'cancel' }
  /** No workbook is open and the user gives up: the app ends. */
  | { readonly kind: 'quit' };

export type FlowOutcome = 'opened' | 'cancelled' | 'quit';

const MAX_RECENT_BUTTONS = 3;

function workbookFilter(lang: MenuLanguage): { name: string; extensions: string[] } {
  return { name: DIALOG_WORDS[lang].workbookFilter, extensions: [WORKBOOK_EXTENSION.slice(1)] };
}

/** The worker's refusal in the app's language: its key when it has one, else the bokmål text it sent. */
export function failureText(error: ApiErrorBody, lang: MenuLanguage = 'nb'): string {
  return error.key ? word({ key: error.key, ...(error.params ? { params: error.params } : {}) }, lang, error.message) : error.message;
}

/** The dialog for a workbook that cannot be opened, and the choice behind each button. */
export function openFailureDialog(options: {
  message: string;
  failedPath: string;
  recent: readonly string[];
  hasOpenWorkbook: boolean;
  lang?: MenuLanguage;
}): { dialog: MessageBoxOptions; choices: RecoveryChoice[] } {
  const recent = options.recent.filter((p) => !samePath(p, options.failedPath)).slice(0, MAX_RECENT_BUTTONS);
  const choices: RecoveryChoice[] = [
    ...recent.map((path): RecoveryChoice => ({ kind: 'open', path })),
    { kind: 'choose-file' },
    { kind: 'create-new' },
    options.hasOpenWorkbook ? { kind: 'cancel' } : { kind: 'quit' },
  ];
  const w = DIALOG_WORDS[options.lang ?? 'nb'];
  const buttons = choices.map((c) => {
    switch (c.kind) {
      case 'open':
        return fill(w.openRecentNamed, { name: basename(c.path) });
      case 'choose-file':
        return w.openOther;
      case 'create-new':
        return w.createNew;
      case 'cancel':
        return w.cancel;
      case 'quit':
        return w.quitApp;
    }
  });
  const next = recent.length ? w.nextWithRecent : w.nextWithoutRecent;
  return {
    dialog: {
      type: 'error',
      title: w.cannotOpenTitle,
      message: w.cannotOpenMessage,
      detail: `${options.message}\n\n${next}`,
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
      noLink: true,
    },
    choices,
  };
}

function languageOf(ui: WorkbookFlowUi): MenuLanguage {
  return ui.language?.() ?? 'nb';
}

export async function chooseWorkbookToOpen(ui: WorkbookFlowUi): Promise<string | null> {
  const lang = languageOf(ui);
  const r = await ui.showOpenDialog({ title: DIALOG_WORDS[lang].openTitle, properties: ['openFile'], filters: [workbookFilter(lang)] });
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

/** A path for a new workbook, with the extension added when the user left it out. */
export async function chooseNewWorkbookPath(ui: WorkbookFlowUi): Promise<string | null> {
  const lang = languageOf(ui);
  const w = DIALOG_WORDS[lang];
  const r = await ui.showSaveDialog({
    title: w.newTitle,
    buttonLabel: w.newButton,
    defaultPath: join(ui.documentsDir, `${w.newFileName}${WORKBOOK_EXTENSION}`),
    filters: [workbookFilter(lang)],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (r.canceled || !r.filePath) return null;
  return extname(r.filePath).toLowerCase() === WORKBOOK_EXTENSION ? r.filePath : `${r.filePath}${WORKBOOK_EXTENSION}`;
}

/**
 * Opens (or creates) `first`; while that fails, shows why and does what the
 * user picks. A cancelled file dialog shows the same message again rather
 * than leaving the user with no workbook and no word.
 */
export async function openWithRecovery(ui: WorkbookFlowUi, first: LaunchTarget, hasOpenWorkbook: boolean): Promise<FlowOutcome> {
  let attempt = first;
  let envelope = await tryOpen(ui, attempt);
  while (!envelope.ok) {
    // Another file will not help when the worker itself is gone; main has already said so.
    if (envelope.error.code === 'worker_stopped') return hasOpenWorkbook ? 'cancelled' : 'quit';
    const lang = languageOf(ui);
    const { dialog, choices } = openFailureDialog({
      message: failureText(envelope.error, lang), failedPath: attempt.path, recent: ui.recent(), hasOpenWorkbook, lang,
    });
    const choice = choices[(await ui.showMessageBox(dialog)).response] ?? choices[choices.length - 1]!;
    if (choice.kind === 'cancel') return 'cancelled';
    if (choice.kind === 'quit') return 'quit';
    const path = choice.kind === 'open' ? choice.path
      : choice.kind === 'choose-file' ? await chooseWorkbookToOpen(ui)
        : await chooseNewWorkbookPath(ui);
    if (path === null) continue;
    attempt = { path, create: choice.kind === 'create-new' };
    envelope = await tryOpen(ui, attempt);
  }
  return 'opened';
}

function tryOpen(ui: WorkbookFlowUi, target: LaunchTarget): Promise<ApiEnvelope> {
  return target.create ? ui.call('newWorkbook', { path: target.path }) : ui.call('openWorkbook', { path: target.path });
}

/** Fil → Åpne arbeidsbok…: a file dialog, then the open (with recovery) or nothing. */
export async function openFromDialog(ui: WorkbookFlowUi): Promise<FlowOutcome> {
  const path = await chooseWorkbookToOpen(ui);
  return path === null ? 'cancelled' : openWithRecovery(ui, { path, create: false }, true);
}

/** Fil → Ny arbeidsbok: a save dialog, then a new workbook with the project plan. */
export async function createFromDialog(ui: WorkbookFlowUi): Promise<FlowOutcome> {
  const path = await chooseNewWorkbookPath(ui);
  return path === null ? 'cancelled' : openWithRecovery(ui, { path, create: true }, true);
}
