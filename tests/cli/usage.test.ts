import { describe, expect, it } from 'vitest';
import { expectOneLineError, run } from './run.js';

const COMMANDS = ['init', 'info', 'list', 'add', 'update', 'delete', 'search', 'dump'];

describe('usage errors: exit 2 and one line on stderr', () => {
  it('refuses to run without a command', () => {
    expectOneLineError(run(), 2, 'mangler kommando', '--help');
  });

  it('names an unknown command', () => {
    expectOneLineError(run('frobnicate', 'x.prosjektboka'), 2, 'frobnicate');
  });

  it('keeps the did-you-mean suggestion for a misspelt command on the same line', () => {
    expectOneLineError(run('lsit', 'x.prosjektboka', 'risk'), 2, 'lsit', /\blist\b/);
  });

  it('names an unknown command asked about with help', () => {
    expectOneLineError(run('help', 'frobnicate'), 2, '«frobnicate»');
  });

  it('names a missing argument', () => {
    expectOneLineError(run('info'), 2, /\bfile\b/);
    expectOneLineError(run('list', 'x.prosjektboka'), 2, /\bkind\b/);
  });

  it('refuses extra arguments and unknown options before touching any file', () => {
    expectOneLineError(run('dump', 'a.prosjektboka', 'b.prosjektboka'), 2, /\bdump\b/);
    expectOneLineError(run('info', 'x.prosjektboka', '--jsn'), 2, '--jsn', /--json\b/);
  });
});

describe('help', () => {
  it('--help lists every command on stdout and exits 0', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Usage: prosjektboka');
    for (const command of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});
