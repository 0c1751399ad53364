import type { MessageBoxOptions } from 'electron';
import { isFlushAnswer, type FlushReport } from '../preload/channels.js';
import { DIALOG_WORDS, fill, type MenuLanguage } from './menuWords.js';

export interface CloseGuardUi {
  /** Asks the page to save what is typed (FLUSH_CHANNEL with the request id). */
  send(id: number): void;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  /** The app's language: the message's (bokmål when left out). */
  language?(): MenuLanguage;
}

/** How long a closing window waits for the page's saves before it asks the user. */
export const SAVE_ON_CLOSE_MS = 10_000;

/**
 * The window's close waits for the page's pending saves: the first 'close'
 * is held while the page saves what is typed (it answers on FLUSHED_CHANNEL);
 * then the window closes. A save that failed, or no answer within the time
 * limit, gets a message, and the user chooses to keep the window open or
 * close anyway (the page has kept the text as a draft, offered back on the
 * next start).
 */
export class CloseGuard {
  private nextId = 1;
  private readonly waiting = new Map<number, (report: FlushReport) => void>();
  private allowed = false;
  private busy = false;

  constructor(private readonly ui: CloseGuardUi, private readonly timeoutMs = SAVE_ON_CLOSE_MS) {}

  /** Handles the window's 'close' event; `close` closes it for real once the saves are done. */
  onClose(event: { preventDefault(): void }, close: () => void): void {
    if (this.allowed) return;
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    void this.settle().then((closing) => {
      this.busy = false;
      if (!closing) return;
      this.allowed = true;
      close();
    });
  }

  /** An answer from the page; anything malformed or unasked for is ignored. */
  answer(value: unknown): void {
    if (!isFlushAnswer(value)) return;
    const resolve = this.waiting.get(value.id);
    this.waiting.delete(value.id);
    resolve?.({ ok: value.ok, failures: value.failures });
  }

  private async settle(): Promise<boolean> {
    const report = await this.flush();
    if (report !== 'timeout' && report.ok) return true;
    const w = DIALOG_WORDS[this.ui.language?.() ?? 'nb'];
    const detail = report === 'timeout'
      ? fill(w.saveTimedOut, { seconds: Math.round(this.timeoutMs / 1000) })
      : report.failures.map((f) => (f.label ? `«${f.label}»: ${f.message}` : f.message)).join('\n');
    const { response } = await this.ui.showMessageBox({
      type: 'warning',
      message: w.notSaved,
      detail: `${detail}\n\n${w.draftKept}`,
      buttons: [w.keepOpen, w.closeAnyway],
      defaultId: 0,
      cancelId: 0,
    });
    return response === 1;
  }

  private flush(): Promise<FlushReport | 'timeout'> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve('timeout');
      }, this.timeoutMs);
      this.waiting.set(id, (report) => {
        clearTimeout(timer);
        resolve(report);
      });
      this.ui.send(id);
    });
  }
}
