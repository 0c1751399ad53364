import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineError, run, runProcess } from './run.js';

/** The CLI's messages in the user's language: --lang nb|en, else LANG; bokmål by default. */
describe('the command line speaks the user\'s language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-lang-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const missing = join(dir, 'finnes-ikke.prosjektboka');

  it('writes bokmål by default', async () => {
    expectOneLineError(await run('info', missing), 2, `Finner ikke arbeidsboka ${missing}.`);
  });

  it('writes English with --lang en, wherever it stands', async () => {
    expectOneLineError(await run('--lang', 'en', 'info', missing), 2, `Cannot find the workbook ${missing}.`);
    expectOneLineError(await run('info', missing, '--lang=en'), 2, `Cannot find the workbook ${missing}.`);
  });

  it('writes English when LANG is an English locale, and --lang nb overrides it', async () => {
    const en = await runProcess(['info', missing], { env: { LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    expectOneLineError(en, 2, `Cannot find the workbook ${missing}.`);
    const nb = await runProcess(['--lang', 'nb', 'info', missing], { env: { LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    expectOneLineError(nb, 2, 'Finner ikke arbeidsboka');
    const norwegianLocale = await runProcess(['info', missing], { env: { LANG: 'nb_NO.UTF-8', LC_ALL: '', LC_MESSAGES: '' } });
    expectOneLineError(norwegianLocale, 2, 'Finner ikke arbeidsboka');
  });

  it('words a refused value, its field and its kind in English', async () => {
    const file = join(dir, 'a.prosjektboka');
    expect((await run('init', file)).code).toBe(0);
    const r = await run('--lang', 'en', 'add', file, 'risk', 'title=Ny', 'probability=7', 'consequence=2');
    expectOneLineError(r, 2, 'Invalid risk: probability: can be at most 5.');
    expect(r.stderr).not.toMatch(/[æøå]|Ugyldig|høyst/);
  });

  it('refuses a language it does not have, naming it', async () => {
    expectOneLineError(await run('--lang', 'de', 'info', missing), 2, '«de»');
  });
});
