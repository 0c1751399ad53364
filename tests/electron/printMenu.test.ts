import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, MessageBoxOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PrintMenu, printFailureDialog, printWindowOptions, riskMatrixPdfName, riskMatrixSaveDialog, withPdfExtension, type PrintMenuUi, type PrintWindow,
} from '../../electron/main/printMenu.js';
import { windowOptions } from '../../electron/main/windowOptions.js';
import type { PrintableContents } from '../../electron/print/desktopPrint.js';
import { objectBody, pageCount, pdfTextString, readPdf } from '../../electron/print/pdfStructure.js';
import { tempDir } from './helpers.js';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';

/**
 * Fil → Skriv ut risikomatrise… and Lagre som PDF… with the real print
 * functions (../../electron/print/desktopPrint.ts) and file writing; only
 * Electron is played: windows whose webContents record what they are asked
 * (loads, hash changes, prints), and dialogs that answer as the test says.
 */
const PRELOAD = '/app/dist/electron/preload.cjs';

/** A one-page PDF with a classic cross-reference table, as Chromium writes them. */
function onePagePdf(): Buffer {
  const objects = ['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [3 0 R] /Count 1>>', '<</Type /Page /Parent 2 0 R /MediaBox [0 0 842 595]>>'];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

interface Behaviour {
  /** What webContents.print's callback says: printed, or the failure reason ('cancelled', 'failed'). */
  printResult: 'printed' | 'cancelled' | string;
  /** The view reports this error instead of getting ready. */
  viewError?: string;
  /** Held until resolved: the print callback waits for it. */
  printGate?: Promise<void>;
}

function fakeWindow(options: BrowserWindowConstructorOptions, behaviour: Behaviour) {
  const calls: string[] = [];
  let destroyed = false;
  const webContents: PrintableContents = {
    loadURL: async (url) => {
      calls.push(`load ${url}`);
    },
    executeJavaScript: async (code) => {
      const hash = /^location\.hash = "([^"]*)"/.exec(code);
      if (hash) calls.push(`hash ${hash[1]}`);
      if (code.includes('printReady === ')) return behaviour.viewError ? { ok: false, message: behaviour.viewError } : { ok: true };
      if (code.includes('document.title')) return { title: 'Risikomatrise', subject: 'Risikovurdering', keywords: [], language: 'nb-NO' };
      return true;
    },
    print: (printOptions, callback) => {
      calls.push(`print ${JSON.stringify(printOptions)}`);
      void (behaviour.printGate ?? Promise.resolve()).then(() => {
        const ok = behaviour.printResult === 'printed';
        callback?.(ok, ok ? '' : behaviour.printResult);
      });
    },
    printToPDF: async () => {
      calls.push('printToPDF');
      return onePagePdf();
    },
  };
  const win: PrintWindow = {
    webContents,
    isDestroyed: () => destroyed,
    destroy: () => {
      calls.push('destroy');
      destroyed = true;
    },
  };
  return { options, calls, win, isDestroyed: () => destroyed };
}

function harness(dir: string, behaviour: Partial<Behaviour> = {}) {
  const b: Behaviour = { printResult: 'printed', ...behaviour };
  const windows: ReturnType<typeof fakeWindow>[] = [];
  const saveDialogs: SaveDialogOptions[] = [];
  const messages: MessageBoxOptions[] = [];
  const logged: unknown[] = [];
  const script = { savePick: null as string | null, writeError: null as Error | null, openError: null as Error | null, messageBoxError: null as Error | null };
  const ui: PrintMenuUi = {
    preload: PRELOAD,
    documentsDir: () => join(dir, 'Dokumenter'),
    openWindow: (options) => {
      if (script.openError) throw script.openError;
      const w = fakeWindow(options, b);
      windows.push(w);
      return w.win;
    },
    showSaveDialog: async (options) => {
      saveDialogs.push(options);
      return script.savePick ? { canceled: false, filePath: script.savePick } : { canceled: true };
    },
    showMessageBox: async (options) => {
      messages.push(options);
      if (script.messageBoxError) throw script.messageBoxError;
      return { response: 0 };
    },
    writeFile: async (path, bytes) => {
      if (script.writeError) throw script.writeError;
      await writeFile(path, bytes);
    },
    now: () => new Date(2021, 8, 5, 14, 3),
    log: (_message, error) => logged.push(error),
  };
  return { menu: new PrintMenu(ui), windows, saveDialogs, messages, logged, script, behaviour: b };
}

const fsError = (code: string) => Object.assign(new Error(`${code}: operation failed`), { code });

describe('the print window', () => {
  it('has exactly the main window\'s webPreferences and preload, and is never shown', () => {
    const options = printWindowOptions(PRELOAD);
    expect(options.webPreferences).toEqual(windowOptions(PRELOAD).webPreferences);
    expect(options.webPreferences).toMatchObject({
      preload: PRELOAD, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false,
    });
    expect(options.show).toBe(false);
  });
});

describe('file names', () => {
  it('suggests "Risikomatrise dd.mm.yyyy.pdf" for the local date', () => {
    expect(riskMatrixPdfName(new Date(2021, 8, 5, 23, 59))).toBe('Risikomatrise 05.09.2021.pdf');
    expect(riskMatrixPdfName(new Date(2024, 11, 31))).toBe('Risikomatrise 31.12.2024.pdf');
  });

  it('adds .pdf when the user left it out', () => {
    expect(withPdfExtension('/h/Matrise')).toBe('/h/Matrise.pdf');
    expect(withPdfExtension('/h/Matrise.PDF')).toBe('/h/Matrise.PDF');
    expect(withPdfExtension('/h/Matrise 05.09.2021')).toBe('/h/Matrise 05.09.2021.pdf');
  });
});

describe('Skriv ut risikomatrise…', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir('prosjektboka-printmenu-');
  });
  afterEach(() => dir.remove());

  it('loads the print views into a hidden window and opens the print dialog on the risk matrix', async () => {
    const h = harness(dir.path);
    expect(await h.menu.printRiskMatrix()).toBe('printed');
    expect(h.windows).toHaveLength(1);
    const [w] = h.windows;
    expect(w!.options).toEqual(printWindowOptions(PRELOAD));
    expect(w!.calls).toEqual([
      'load app://prosjektboka/print.html#/print/risk-matrix',
      `print ${JSON.stringify({ silent: false, printBackground: true })}`,
    ]);
    expect(w!.isDestroyed()).toBe(false);
    expect(h.messages).toEqual([]);
  });

  it('keeps the window warm: the next printouts only change the view, until close() destroys it', async () => {
    const h = harness(dir.path);
    h.script.savePick = join(dir.path, 'Matrise.pdf');
    expect(await h.menu.printRiskMatrix()).toBe('printed');
    expect(await h.menu.saveRiskMatrixPdf()).toBe('saved');
    expect(await h.menu.printRiskMatrix()).toBe('printed');
    expect(h.windows).toHaveLength(1);
    const print = `print ${JSON.stringify({ silent: false, printBackground: true })}`;
    expect(h.windows[0]!.calls).toEqual([
      'load app://prosjektboka/print.html#/print/risk-matrix',
      print,
      // A new hash each time, so the view is drawn afresh from the workbook as it is now.
      'hash #/print/risk-matrix?job=1',
      'printToPDF',
      'hash #/print/risk-matrix?job=2',
      print,
    ]);
    h.menu.close();
    expect(h.windows[0]!.isDestroyed()).toBe(true);
    // After close() (the main window closed), a printout makes a new window.
    expect(await h.menu.printRiskMatrix()).toBe('printed');
    expect(h.windows).toHaveLength(2);
    expect(h.windows[1]!.calls[0]).toBe('load app://prosjektboka/print.html#/print/risk-matrix');
  });

  it('makes a new window when the warm one was destroyed from outside (its page crashed)', async () => {
    const h = harness(dir.path);
    expect(await h.menu.printRiskMatrix()).toBe('printed');
    h.windows[0]!.win.destroy();
    expect(await h.menu.printRiskMatrix()).toBe('printed');
    expect(h.windows).toHaveLength(2);
    expect(h.windows[1]!.calls).toEqual(['load app://prosjektboka/print.html#/print/risk-matrix', expect.stringMatching(/^print /)]);
  });

  it('says nothing when the user cancels the print dialog, and keeps the window for the next job', async () => {
    const h = harness(dir.path, { printResult: 'cancelled' });
    expect(await h.menu.printRiskMatrix()).toBe('cancelled');
    expect(h.windows[0]!.isDestroyed()).toBe(false);
    expect(h.messages).toEqual([]);
  });

  it('shows a failed printout in a Norwegian message box instead of throwing', async () => {
    const h = harness(dir.path, { printResult: 'failed' });
    expect(await h.menu.printRiskMatrix()).toBe('failed');
    expect(h.windows[0]!.isDestroyed()).toBe(true);
    expect(h.messages).toHaveLength(1);
    expect(h.messages[0]).toMatchObject({ type: 'error', message: 'Risikomatrisen kunne ikke skrives ut.', buttons: ['OK'] });
    expect(h.messages[0]!.detail).toContain('Utskriften feilet: failed');
    expect(h.logged).toHaveLength(1);
  });

  it('passes on the view\'s own message when it cannot draw the matrix', async () => {
    const h = harness(dir.path, { viewError: 'Risikoene kunne ikke leses.' });
    expect(await h.menu.printRiskMatrix()).toBe('failed');
    expect(h.windows[0]!.calls).not.toContainEqual(expect.stringMatching(/^print /));
    expect(h.windows[0]!.isDestroyed()).toBe(true);
    expect(h.messages[0]!.detail).toContain('Risikoene kunne ikke leses.');
  });

  it('survives a window that cannot be made and a message box that fails', async () => {
    const h = harness(dir.path);
    h.script.openError = new Error('no window');
    h.script.messageBoxError = new Error('no dialog');
    expect(await h.menu.printRiskMatrix()).toBe('failed');
    expect(h.messages[0]!.detail).toContain('no window');
    expect(h.logged).toEqual([h.script.openError, h.script.messageBoxError]);
    // The next job runs: a failure does not leave the menu stuck as busy.
    h.script.openError = null;
    expect(await h.menu.printRiskMatrix()).toBe('printed');
  });

  it('runs one job at a time: a second click while the first prints is ignored', async () => {
    let release!: () => void;
    const h = harness(dir.path, { printGate: new Promise((r) => (release = r)) });
    const first = h.menu.printRiskMatrix();
    await new Promise((r) => setTimeout(r, 10));
    expect(await h.menu.printRiskMatrix()).toBe('busy');
    expect(await h.menu.saveRiskMatrixPdf()).toBe('busy');
    release();
    expect(await first).toBe('printed');
    expect(h.windows).toHaveLength(1);
    expect(h.saveDialogs).toEqual([]);
    expect(await h.menu.printRiskMatrix()).toBe('printed');
  });
});

describe('Lagre som PDF…', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir('prosjektboka-printmenu-');
  });
  afterEach(() => dir.remove());

  it('asks where in Norwegian, suggesting Documents and today\'s date', async () => {
    const h = harness(dir.path);
    expect(await h.menu.saveRiskMatrixPdf()).toBe('cancelled');
    expect(h.saveDialogs).toEqual([{
      title: 'Lagre risikomatrisen som PDF',
      buttonLabel: 'Lagre',
      defaultPath: join(dir.path, 'Dokumenter', 'Risikomatrise 05.09.2021.pdf'),
      filters: [{ name: 'PDF-dokument', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    }]);
    // Cancelled: no window was made and nothing said.
    expect(h.windows).toEqual([]);
    expect(h.messages).toEqual([]);
  });

  it('draws the risk matrix in a hidden window and writes the PDF, with its metadata, where the user chose', async () => {
    const h = harness(dir.path);
    h.script.savePick = join(dir.path, 'Risikomatrise Mysen');
    expect(await h.menu.saveRiskMatrixPdf()).toBe('saved');
    expect(h.windows).toHaveLength(1);
    expect(h.windows[0]!.options.webPreferences).toEqual(windowOptions(PRELOAD).webPreferences);
    expect(h.windows[0]!.calls).toEqual(['load app://prosjektboka/print.html#/print/risk-matrix', 'printToPDF']);
    const saved = join(dir.path, 'Risikomatrise Mysen.pdf');
    expect(existsSync(h.script.savePick)).toBe(false);
    const pdf = readPdf(readFileSync(saved));
    expect(pageCount(pdf)).toBe(1);
    const info = objectBody(pdf, pdf.info!);
    expect(info).toContain(`/Title ${pdfTextString('Risikomatrise')}`);
    expect(info).toContain(`/Author ${pdfTextString('Prosjektboka')}`);
    expect(h.messages).toEqual([]);
  });

  it('names the file and the reason in Norwegian when it cannot be written', async () => {
    const h = harness(dir.path);
    h.script.savePick = join(dir.path, 'låst', 'Matrise.pdf');
    h.script.writeError = fsError('EACCES');
    expect(await h.menu.saveRiskMatrixPdf()).toBe('failed');
    // The PDF was made; only writing it failed, so the window stays warm.
    expect(h.windows[0]!.isDestroyed()).toBe(false);
    expect(h.messages).toHaveLength(1);
    expect(h.messages[0]).toMatchObject({ type: 'error', title: 'Lagre som PDF', message: 'Risikomatrisen kunne ikke lagres som PDF.' });
    expect(h.messages[0]!.detail).toBe(`${h.script.savePick} kunne ikke skrives. Prosjektboka har ikke lov til å skrive i den mappen.`);
  });

  it('writes nothing when the view cannot be drawn', async () => {
    const h = harness(dir.path, { viewError: 'Risikoene kunne ikke leses.' });
    h.script.savePick = join(dir.path, 'Matrise.pdf');
    expect(await h.menu.saveRiskMatrixPdf()).toBe('failed');
    expect(existsSync(h.script.savePick)).toBe(false);
    expect(h.windows[0]!.calls).toEqual(['load app://prosjektboka/print.html#/print/risk-matrix', 'destroy']);
    expect(h.messages[0]!.detail).toContain('Risikoene kunne ikke leses.');
  });
});

describe('the failure messages', () => {
  it('explain the common file errors in words and keep the technical text for the rest', () => {
    expect(printFailureDialog('pdf', fsError('ENOSPC'), '/h/a.pdf').detail).toBe('/h/a.pdf kunne ikke skrives. Det er ikke nok plass på disken.');
    expect(printFailureDialog('pdf', fsError('EBUSY'), '/h/a.pdf').detail).toContain('i bruk av et annet program');
    expect(printFailureDialog('pdf', fsError('EWEIRD'), '/h/a.pdf').detail).toBe('/h/a.pdf kunne ikke skrives. (EWEIRD: operation failed)');
    expect(printFailureDialog('print', 'tekst')).toMatchObject({ title: 'Utskrift', detail: expect.stringMatching(/^tekst\n\nPrøv igjen/) });
  });
});

describe('the print menu in English', () => {
  it('suggests an English file name and words its dialogs in English, the workbook\'s message too', () => {
    const today = new Date(2021, 8, 5, 12);
    expect(riskMatrixPdfName(today, 'en')).toBe('Risk matrix 5 September 2021.pdf');
    expect(riskMatrixSaveDialog('/home/kari/Documents', today, 'en').title).toBe('Save the risk matrix as PDF');
    const refused = new WorkbookError('not_found', msg('workbook.not_found', { path: '/tmp/x.prosjektboka' }));
    const box = printFailureDialog('pdf', refused, undefined, 'en');
    expect(box.message).toBe('The risk matrix could not be saved as PDF.');
    expect(box.detail).toContain('Cannot find the workbook /tmp/x.prosjektboka.');
    expect(`${box.title} ${box.message} ${box.detail}`).not.toMatch(/[æøå]/);
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    expect(printFailureDialog('pdf', full, '/tmp/a.pdf', 'en').detail).toBe('/tmp/a.pdf could not be written. There is not enough space on the disk.');
  });
});
