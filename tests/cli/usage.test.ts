import { describe, expect, it } from 'vitest';
import { expectOneLineError, run } from './run.js';

const COMMANDS = ['init', 'info', 'list', 'add', 'update', 'delete', 'search', 'dump'];

describe('usage errors: exit 2 and one line on stderr', () => {
  it('refuses to run without a command', async () => {
    expectOneLineError(await run(), 2, 'mangler kommando', '--help');
  });

  it('names an unknown command', async () => {
    expectOneLineError(await run('frobnicate', 'x.prosjektboka'), 2, 'frobnicate');
  });

  it('keeps the did-you-mean suggestion for a misspelt command on the same line', async () => {
    expectOneLineError(await run('lsit', 'x.prosjektboka', 'risk'), 2, 'lsit', /\blist\b/);
  });

  it('names an unknown command asked about with help', async () => {
    expectOneLineError(await run('help', 'frobnicate'), 2, '«frobnicate»');
  });

  it('names a missing argument', async () => {
    expectOneLineError(await run('info'), 2, /\bfile\b/);
    expectOneLineError(await run('list', 'x.prosjektboka'), 2, /\bkind\b/);
  });

  it('refuses extra arguments and unknown options before touching any file', async () => {
    expectOneLineError(await run('dump', 'a.prosjektboka', 'b.prosjektboka'), 2, /\bdump\b/);
    expectOneLineError(await run('info', 'x.prosjektboka', '--jsn'), 2, '--jsn', /--json\b/);
  });
});

describe('help', () => {
  it('--help lists every command on stdout and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Usage: prosjektboka');
    for (const command of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});
