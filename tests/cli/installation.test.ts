import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { expectOneLineError, freshDir, run, runOk } from './run.js';

describe('prosjektboka installation name', () => {
  it('says a new workbook has no name yet, refuses an empty one, and sets one', async () => {
    const file = join(freshDir(), 'a.prosjektboka');
    await runOk('init', file, '--empty');
    expect(await runOk('installation', 'name', file)).toMatch(/har ikke fått noe navn ennå \(«Installasjon uten navn [0-9a-f]{6}»\)/);
    expectOneLineError(await run('installation', 'name', file, '  '), 2, 'trenger et navn');
    expectOneLineError(await run('installation', 'name', file, 'x'.repeat(201)), 2, '201 tegn', 'høyst 200');
    expect(await runOk('installation', 'name', file, 'Indre Østfold – Mysen bibliotek')).toBe('Denne installasjonen heter nå «Indre Østfold – Mysen bibliotek».\n');
    expect(await runOk('--lang', 'en', 'installation', 'name', file)).toBe('This installation is called “Indre Østfold – Mysen bibliotek”.\n');
  });
});
