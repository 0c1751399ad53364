import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { ProsjektbokaBridge } from '../../shared/api/contract.js';
import { API_METHOD_NAMES } from '../../shared/api/methods.js';
import {
  API_CHANNEL, FLUSHED_CHANNEL, LANGUAGE_CHANNEL, FLUSH_CHANNEL, MENU_CHANNEL, PROGRESS_CHANNEL, isMenuMessage, type FlushReport, type MenuMessage, type Progress,
} from './channels.js';

/**
 * The preload: the Electron counterpart of the web host's bridge script. It
 * runs sandboxed, so it is bundled into one CommonJS file that requires only
 * 'electron'. It holds no logic: every API call is forwarded as
 * (method, args) and main checks the sender and the arguments. The renderer
 * never receives an IpcRendererEvent (that would hand it `event.sender`).
 */
export interface DesktopEvents {
  /** Listens for menu commands (the import command with its file); returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuMessage) => void): () => void;
  onProgress(listener: (progress: Progress) => void): () => void;
  /** Answers main's "the window is closing" with what the page could save (main waits, with a time limit). */
  onFlushRequest(listener: () => Promise<FlushReport>): () => void;
  /** Tells main the page's language, so the menu speaks it. */
  setLanguage(lang: 'nb' | 'en'): void;
  /** Where a file the page was given (chosen, dropped) lies on disk, so it is imported by path; '' for one with no path. */
  pathForFile(file: Blob): string;
}

const api = Object.fromEntries(
  API_METHOD_NAMES.map((method) => [method, (args: unknown) => ipcRenderer.invoke(API_CHANNEL, method, args)]),
) as unknown as ProsjektbokaBridge;

function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

function isProgress(value: unknown): value is Progress {
  const p = value as Progress | null;
  return typeof p === 'object' && p !== null && typeof p.operation === 'string' && typeof p.done === 'number' && typeof p.total === 'number';
}

const isRequestId = (value: unknown): value is number => Number.isSafeInteger(value);

const events: DesktopEvents = {
  // Only the two languages cross; main checks again.
  setLanguage: (lang) => ipcRenderer.send(LANGUAGE_CHANNEL, lang === 'en' ? 'en' : 'nb'),
  onMenuCommand: (listener) => subscribe(MENU_CHANNEL, isMenuMessage, listener),
  pathForFile: (file) => {
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      return '';
    }
  },
  onProgress: (listener) => subscribe(PROGRESS_CHANNEL, isProgress, listener),
  onFlushRequest: (listener) => subscribe(FLUSH_CHANNEL, isRequestId, (id) => {
    void listener().then(
      (report) => ipcRenderer.send(FLUSHED_CHANNEL, { id, ok: report.ok, failures: report.failures }),
      (e: unknown) => ipcRenderer.send(FLUSHED_CHANNEL, { id, ok: false, failures: [{ label: '', message: String(e) }] }),
    );
  }),
};

contextBridge.exposeInMainWorld('prosjektboka', { ...api, ...events } satisfies ProsjektbokaBridge & DesktopEvents);
