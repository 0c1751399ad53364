import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No colour literal outside the tokens (issue 13): every colour comes from renderer/ui/tokens.css, so the
 * two themes reach every screen. Files not yet on tokens are listed with their count today; a count may
 * only go down (lower it here when a file loses literals, remove the line when it reaches zero).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer');
const TOKENS = 'renderer/ui/tokens.css';

const NOT_YET_CONVERTED: Record<string, number> = {
};

/** #rgb, #rrggbb, #rrggbbaa (not an id selector or a URL fragment: those follow no colour property), rgb(), rgba(), hsl(), hsla(). */
const LITERAL = /(?<![\w&/-])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b(?![\w-])|\b(?:rgba?|hsla?)\(/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(css|tsx)$/.test(entry.name) ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}

/** Literals in a file; CSS comments are skipped (a comment may name a colour it explains). */
export function countLiterals(text: string, css: boolean): number {
  const code = css ? text.replace(/\/\*[\s\S]*?\*\//g, '') : text;
  return [...code.matchAll(LITERAL)].length;
}

describe('colour literals', () => {
  const files = sources(RENDERER).filter((f) => f !== TOKENS);
  const counts = Object.fromEntries(files.map((f) => [f, countLiterals(readFileSync(join(ROOT, f), 'utf8'), f.endsWith('.css'))]));

  it('finds literals where they are (the scanner works)', () => {
    expect(countLiterals('a { color: #fff; background: rgba(0, 0, 0, .3); border-color: hsl(0 0% 50%); }', true)).toBe(3);
    expect(countLiterals('/* #fff */ a { color: var(--color-text); }', true)).toBe(0);
    expect(countLiterals('<a href="#/overview" style={{ color: "#b91c1c" }} />', false)).toBe(1);
    expect(countLiterals(readFileSync(join(ROOT, TOKENS), 'utf8'), true)).toBeGreaterThan(20);
  });

  it('no file outside the tokens gains a colour literal', () => {
    const over = files
      .filter((f) => counts[f]! > (NOT_YET_CONVERTED[f] ?? 0))
      .map((f) => `${f}: ${counts[f]} literal(s), allowed ${NOT_YET_CONVERTED[f] ?? 0} — use a token from ${TOKENS}`);
    expect(over).toEqual([]);
  });

  it('the allowlist only shrinks: a file that lost literals has its count lowered', () => {
    const stale = Object.entries(NOT_YET_CONVERTED)
      .filter(([f, allowed]) => (counts[f] ?? 0) < allowed)
      .map(([f, allowed]) => `${f}: ${counts[f] ?? 0} now, listed as ${allowed} — lower it${counts[f] ? '' : ' (remove the line)'}`);
    expect(stale).toEqual([]);
  });
});
