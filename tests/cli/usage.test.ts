import { describe, expect, it } from 'vitest';
import { COMMAND_GROUPS } from '../../electron/cli/commandGroups.js';
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

describe('command groups (electron/cli/commandGroups.ts)', () => {
  /** The top-level command names in a help text's command list. */
  const listed = (help: string) => [...help.split('Commands:')[1]!.matchAll(/^  (\w[\w-]*)/gm)].map((m) => m[1]!);

  it('every command --help lists is a basic one or in exactly one group, so a new one cannot be left out of the lazy loading', async () => {
    const all = listed((await run('--help')).stdout).filter((name) => name !== 'help');
    const grouped = COMMAND_GROUPS.flatMap((g) => g.commands);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect(all).toEqual(expect.arrayContaining(grouped));
    expect(all.filter((name) => !grouped.includes(name))).toEqual(COMMANDS);
  });

  it('a grouped command finds its group: its own help and a usage error come from it', async () => {
    const help = await run('sync', '--help');
    expect(help.code).toBe(0);
    expect(listed(help.stdout)).toEqual(expect.arrayContaining(['export', 'import', 'status', 'folder']));
    expectOneLineError(await run('print', 'x.prosjektboka', 'gantt', '--out', 'x.pdf'), 2, 'Ukjent utskrift «gantt»');
  });
});
