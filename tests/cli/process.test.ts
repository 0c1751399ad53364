import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT, expectOneLineError, freshDir, makeSeed, runJson, runProcess, type Seed } from './run.js';

/**
 * What only a real process shows: the command line as users start it, from
 * the bundle `npm install` built (dist/cli), with its exit status, its
 * streams and the code it loads; how a missing or stale bundle is handled;
 * and `npx prosjektboka` and an installed `prosjektboka` on the PATH.
 */

let seed: Seed;
let riskId: string;
beforeAll(async () => {
  seed = await makeSeed('--replica-name', 'Mysen bibliotek');
  riskId = (await runJson<{ id: string }[]>('list', seed.path, 'risk', '--json'))[0]!.id;
});
afterAll(() => seed.remove());

describe('the command line as a process', () => {
  it('answers on stdout with exit 0, refuses bad input with exit 2 and a failure with exit 1, one line on stderr', async () => {
    const [ok, bad, failed] = await Promise.all([
      runProcess(['info', seed.path, '--json']),
      runProcess(['list', seed.path, 'kattunge']),
      runProcess(['print', seed.path, 'risk-matrix', '--out', join(seed.dir, 'x.pdf'), '--chromium', join(seed.dir, 'ingen-chromium')]),
    ]);
    expect({ code: ok.code, stderr: ok.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(ok.stdout)).toMatchObject({ title: 'Beste praksis for bibliotek og innbyggertorg', replica: { name: 'Mysen bibliotek' } });
    expectOneLineError(bad, 2, '«kattunge»');
    expectOneLineError(failed, 1, 'Fant ikke Chromium på');
  });
});

/** The bundle's manifest: which sources and packages went into each file of dist/cli. */
function bundleInputs(): Map<string, string[]> {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'cli', 'manifest.json'), 'utf8')) as {
    outputs: Record<string, { inputs: string[] }>;
  };
  return new Map(Object.entries(manifest.outputs).map(([file, out]) => [file, out.inputs]));
}

/** Every module a command's process loaded: package files by path, bundle files by the sources in them. */
async function loadedBy(args: string[]): Promise<{ code: number; modules: string[] }> {
  const log = join(freshDir(), 'modules.log');
  const hook = pathToFileURL(join(import.meta.dirname, 'fixtures', 'record-modules.mjs')).href;
  const r = await runProcess(args, { command: [process.execPath, '--import', hook, CLI], env: { PROSJEKTBOKA_MODULE_LOG: log } });
  const bundleDir = `${pathToFileURL(join(REPO_ROOT, 'dist', 'cli')).href}/`;
  const inputs = bundleInputs();
  const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean).flatMap((url) => {
    if (!url.startsWith(bundleDir)) return [url];
    const file = url.slice(bundleDir.length);
    const within = inputs.get(file);
    if (!within) throw new Error(`${file} is not in dist/cli/manifest.json`);
    return [`dist/cli/${file}`, ...within];
  });
  return { code: r.code, modules: loaded };
}

/** What a basic command must never load: encryption, spreadsheets, the web host, the PDF renderer, a browser driver. */
const HEAVY = /node_modules\/(age-encryption|@noble|exceljs|puppeteer-core|playwright-core)\/|electron\/(print|webhost|export|api|sync\/(fileFormat|importFile|exportChanges))\b/;

describe('lazy loading', () => {
  it.for([
    ['info', () => ['info', seed.path]],
    ['list', () => ['list', seed.path, 'risk']],
    ['add', () => ['add', seed.path, 'goal', 'number=7', 'text=Et nytt mål']],
    ['update', () => ['update', seed.path, 'risk', riskId, 'title=Ny tittel']],
  ] as const)('%s loads no age, exceljs, web host, PDF renderer or Chromium driver', async ([, args]) => {
    const { code, modules: loaded } = await loadedBy(args());
    expect(code).toBe(0);
    // The test sees the bundle at all: the entry and better-sqlite3 are there.
    expect(loaded).toContain('dist/cli/prosjektboka.js');
    expect(loaded.some((m) => m.includes('node_modules/better-sqlite3/'))).toBe(true);
    expect(loaded.filter((m) => HEAVY.test(m))).toEqual([]);
  });

  it('a printout and a sync command do load what they need (so the check above can fail)', async () => {
    const print = await loadedBy(['print', seed.path, 'risk-matrix', '--out', join(seed.dir, 'x.pdf'), '--chromium', join(seed.dir, 'ingen')]);
    expect(print.code).toBe(1);
    expect(print.modules).toContain('electron/print/printWorkbook.ts');
    const status = await loadedBy(['sync', 'status', seed.path]);
    expect(status.code).toBe(0);
    expect(status.modules.some((m) => m.includes('node_modules/age-encryption/'))).toBe(true);
  });
});

describe('a missing or stale bundle', () => {
  // A copy of what the bundle is built from, with the repository's node_modules.
  let root: string;
  const cli = (args: string[]) => runProcess(args, { command: [process.execPath, join(root, 'bin', 'prosjektboka.js')], cwd: root });
  beforeAll(() => {
    root = freshDir(() => undefined);
    for (const part of ['bin', 'scripts', 'electron', 'shared', 'package.json', 'package-lock.json']) {
      cpSync(join(REPO_ROOT, part), join(root, part), { recursive: true });
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is built on first use, saying so in one line, and then used as it is', async () => {
    const first = await cli(['--help']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('prosjektboka: bygger kommandolinjen på nytt (dist/cli mangler) …\n');
    expect(first.stdout).toContain('Usage: prosjektboka');
    expect(existsSync(join(root, 'dist', 'cli', 'manifest.json'))).toBe(true);

    const second = await cli(['--help']);
    expect({ code: second.code, stderr: second.stderr }).toEqual({ code: 0, stderr: '' });
    // Only the finished bundle is left: no staging or old copies beside it.
    expect(readdirSync(join(root, 'dist'))).toEqual(['cli']);
  });

  it('is rebuilt when a source changed after it was built', async () => {
    await cli(['--help']);
    // Touched now, after that build: as an editor saving the file would.
    const now = new Date();
    utimesSync(join(root, 'shared', 'errors.ts'), now, now);
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('prosjektboka: bygger kommandolinjen på nytt (shared/errors.ts er endret etter at dist/cli ble bygget) …\n');
    expect((await cli(['--help'])).stderr).toBe('');
  });

  it('names a source that does not build, in one line, with exit 1', async () => {
    const file = join(root, 'electron', 'cli', 'format.ts');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, `${good}\nexport const broken = ;\n`);
    try {
      const r = await cli(['--help']);
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n')).toHaveLength(3);
      expect(r.stderr.split('\n')[1]).toMatch(/^prosjektboka: kommandolinjen kunne ikke bygges: electron\/cli\/format\.ts:\d+: /);
    } finally {
      writeFileSync(file, good);
    }
  });

  it('without esbuild (an installation without development tools) says what to run, in one line', async () => {
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    rmSync(join(root, 'node_modules'));
    mkdirSync(join(root, 'node_modules'));
    for (const name of readdirSync(join(REPO_ROOT, 'node_modules'))) {
      if (name !== 'esbuild' && name !== '.bin') symlinkSync(join(REPO_ROOT, 'node_modules', name), join(root, 'node_modules', name), 'dir');
    }
    const r = await cli(['info', seed.path]);
    expectOneLineError(r, 1, 'kommandolinjen må bygges (dist/cli mangler), men esbuild er ikke installert', '«npm install»');
  });
});

describe('npx and the PATH', () => {
  it('npx prosjektboka runs the command line in the project folder', async () => {
    const r = await runProcess(['info', seed.path, '--json'], {
      command: ['npx', '--no', 'prosjektboka'],
      env: { npm_config_offline: 'true', npm_config_update_notifier: 'false' },
    });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toMatchObject({ replica: { name: 'Mysen bibliotek' } });
  });

  it.skipIf(process.platform === 'win32')('a global install of the folder puts prosjektboka on the PATH for scripts and scheduled tasks', async () => {
    const prefix = freshDir();
    const install = await runProcess(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', REPO_ROOT], {
      command: ['npm'],
      env: { npm_config_update_notifier: 'false' },
    });
    expect(install.code, install.stderr).toBe(0);
    const PATH = `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}`;
    const r = await runProcess(['info', seed.path], { command: ['prosjektboka'], env: { PATH }, cwd: prefix });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Installasjon: Mysen bibliotek');
  });
});
