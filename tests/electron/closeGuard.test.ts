import type { MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { CloseGuard } from '../../electron/main/closeGuard.js';

/**
 * The close guard's message in the app's language. The whole close (the real
 * main bundle, worker and page answer) is in closeSaves.test.ts; here the page
 * and the message box are fakes, so both languages are cheap to check.
 */
function guarded(lang: 'nb' | 'en' | undefined, answer: 'fail' | 'silent', press: number, timeoutMs: number) {
  const shown: MessageBoxOptions[] = [];
  let closed = false;
  let asked!: () => void;
  const messageShown = new Promise<void>((resolve) => { asked = resolve; });
  const guard: CloseGuard = new CloseGuard({
    send: (id) => {
      if (answer === 'fail') queueMicrotask(() => guard.answer({ id, ok: false, failures: [{ label: 'Mål', message: 'Disken er full.' }] }));
    },
    showMessageBox: async (options) => {
      shown.push(options);
      asked();
      return { response: press };
    },
    ...(lang ? { language: () => lang } : {}),
  }, timeoutMs);
  guard.onClose({ preventDefault: () => undefined }, () => { closed = true; });
  // After the message, let the guard act on the answer (a macrotask runs after its promise chain).
  const settled = messageShown.then(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(closed), 0)));
  return { shown, settled };
}

describe('the close guard speaks the app\'s language', () => {
  it('bokmål by default: a failed save is named, and «Lukk likevel» closes', async () => {
    const { shown, settled } = guarded(undefined, 'fail', 1, 60_000);
    expect(await settled).toBe(true);
    expect(shown[0]).toMatchObject({
      message: 'Noe av det du skrev, er ikke lagret i arbeidsboka.',
      detail: '«Mål»: Disken er full.\n\nTeksten er tatt vare på på denne maskinen og tilbys igjen neste gang du åpner arbeidsboka.',
      buttons: ['Ikke lukk', 'Lukk likevel'],
    });
  });

  it('in English: the time limit is said in English, and «Do not close» keeps the window open', async () => {
    const { shown, settled } = guarded('en', 'silent', 0, 2000);
    expect(await settled).toBe(false);
    expect(shown[0]).toMatchObject({
      message: 'Some of what you typed is not saved in the workbook.',
      detail: 'Saving did not finish within 2 seconds.\n\nThe text is kept on this computer and offered again the next time you open the workbook.',
      buttons: ['Do not close', 'Close anyway'],
    });
  });

  it('in English: a failed save keeps its reason, and «Close anyway» closes', async () => {
    const { shown, settled } = guarded('en', 'fail', 1, 60_000);
    expect(await settled).toBe(true);
    expect(shown[0]!.buttons).toEqual(['Do not close', 'Close anyway']);
    expect(shown[0]!.detail).toMatch(/^«Mål»: Disken er full\.\n\nThe text is kept/);
  });
});
