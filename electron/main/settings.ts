import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { RecentStore } from '../api/session.js';

/**
 * The desktop app's own small settings file (in userData, beside the default
 * workbook): recent workbooks, the last one used, the window's place on
 * screen and the app's language (so dialogs shown before the page has loaded,
 * such as a failed start, speak it). A missing or damaged file means defaults, never a failed start.
 */
export const SETTINGS_FILE_NAME = 'innstillinger.json';
export const MAX_RECENT = 10;

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SavedBounds extends Rectangle {
  readonly maximized: boolean;
}

export interface Settings {
  readonly recent: readonly string[];
  readonly lastWorkbook: string | null;
  readonly windowBounds: SavedBounds | null;
  readonly language: 'nb' | 'en' | null;
}

export const DEFAULT_SETTINGS: Settings = { recent: [], lastWorkbook: null, windowBounds: null, language: null };

/** Windows and macOS file systems ignore case by default: C:\A.prosjektboka and c:\a.prosjektboka are one file. */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const ra = resolve(a);
  const rb = resolve(b);
  return platform === 'win32' || platform === 'darwin' ? ra.toLowerCase() === rb.toLowerCase() : ra === rb;
}

/** The list with `path` first, once, and at most `max` entries. */
export function rememberRecent(
  list: readonly string[],
  path: string,
  max = MAX_RECENT,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const absolute = resolve(path);
  return [absolute, ...list.filter((p) => !samePath(p, absolute, platform))].slice(0, max);
}

function isRectangle(value: unknown): value is Rectangle {
  const r = value as Record<string, unknown> | null;
  return (
    typeof r === 'object' && r !== null &&
    ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]))
  );
}

/** Reads what it can from a settings file's text; anything malformed falls back to the default. */
export function parseSettings(text: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const recent = Array.isArray(r.recent)
    ? r.recent.filter((p): p is string => typeof p === 'string' && p.length > 0).slice(0, MAX_RECENT)
    : [];
  const lastWorkbook = typeof r.lastWorkbook === 'string' && r.lastWorkbook ? r.lastWorkbook : null;
  const b = r.windowBounds;
  const windowBounds = isRectangle(b) && b.width > 0 && b.height > 0
    ? { x: b.x, y: b.y, width: b.width, height: b.height, maximized: (b as { maximized?: unknown }).maximized === true }
    : null;
  const language = r.language === 'nb' || r.language === 'en' ? r.language : null;
  return { recent, lastWorkbook, windowBounds, language };
}

/** The top strip of a window, where the title bar is: enough of it must show to grab and move the window. */
const TITLE_BAR_HEIGHT = 40;
const MIN_VISIBLE_WIDTH = 100;
const MIN_VISIBLE_HEIGHT = 20;

/**
 * The saved bounds, if their title bar lies on one of the displays' work
 * areas; null otherwise (a monitor was unplugged, the resolution changed), so
 * the window opens at the default place.
 */
export function boundsToRestore(saved: SavedBounds | null, displays: readonly Rectangle[]): SavedBounds | null {
  if (!saved) return null;
  const top = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(saved.height, TITLE_BAR_HEIGHT) };
  const onSomeDisplay = displays.some((d) => {
    const width = Math.min(top.x + top.width, d.x + d.width) - Math.max(top.x, d.x);
    const height = Math.min(top.y + top.height, d.y + d.height) - Math.max(top.y, d.y);
    return width >= Math.min(MIN_VISIBLE_WIDTH, top.width) && height >= Math.min(MIN_VISIBLE_HEIGHT, top.height);
  });
  return onSomeDisplay ? saved : null;
}

/** The settings file, read once and written whole (to a temporary name, then renamed) on every change. */
export class SettingsStore implements RecentStore {
  private current: Settings;

  constructor(readonly file: string) {
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    this.current = text === undefined ? DEFAULT_SETTINGS : parseSettings(text);
  }

  get settings(): Settings {
    return this.current;
  }

  list(): string[] {
    return [...this.current.recent];
  }

  /** A workbook was opened: first in the recent list, and the one to reopen next time. */
  remember(path: string): void {
    const recent = rememberRecent(this.current.recent, path);
    this.update({ recent, lastWorkbook: recent[0] ?? null });
  }

  forget(path: string): void {
    this.update({
      recent: this.current.recent.filter((p) => !samePath(p, path)),
      lastWorkbook: this.current.lastWorkbook && samePath(this.current.lastWorkbook, path) ? null : this.current.lastWorkbook,
    });
  }

  saveWindowBounds(bounds: SavedBounds): void {
    this.update({ windowBounds: bounds });
  }

  saveLanguage(language: 'nb' | 'en'): void {
    if (this.current.language !== language) this.update({ language });
  }

  private update(change: Partial<Settings>): void {
    this.current = { ...this.current, ...change };
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(this.current, null, 2)}\n`, 'utf8');
      renameSync(tmp, this.file);
    } catch (e) {
      // Losing a recent-list entry is not worth stopping the user's work for.
      console.error('could not save the settings', e);
    }
  }
}
