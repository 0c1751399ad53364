const KEY = 'prosjektboka.windowSession';

let cached: string | undefined;

/**
 * This window's history session: the workbook keeps each window's undo and
 * redo under it (electron/workbook/undoHistory.ts). Kept in sessionStorage,
 * so a reload of the page finds its history again and another window or tab
 * has its own.
 */
export function windowSession(): string {
  if (cached) return cached;
  try {
    const stored = globalThis.sessionStorage?.getItem(KEY);
    if (stored) return (cached = stored);
  } catch {
    // Storage refused (a private window): the history lasts as long as the page.
  }
  cached = `w-${crypto.randomUUID()}`;
  try {
    globalThis.sessionStorage?.setItem(KEY, cached);
  } catch {
    // As above.
  }
  return cached;
}
