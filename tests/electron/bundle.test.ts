import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHOD_NAMES } from '../../shared/api/methods.js';
import { WorkbookError } from '../../shared/errors.js';
import { launch } from '../../electron/main/bundleStubs/puppeteer-core.js';
import { buildBundle } from './helpers.js';

/** What scripts/build-electron.js produces, as Electron will load it. */
let bundle: ReturnType<typeof buildBundle>;
beforeAll(() => {
  bundle = buildBundle();
});
afterAll(() => bundle?.remove());

const read = (name: string) => readFileSync(join(bundle.dir, name), 'utf8');
const requires = (code: string) => [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!))].sort();

describe('the desktop bundle', () => {
  it('is CommonJS, and names the app for `electron dist/electron`', () => {
    expect(JSON.parse(read('package.json'))).toMatchObject({ type: 'commonjs', main: 'main.js', productName: 'Prosjektboka' });
  });

  it('has a sandbox-ready preload: one file that requires only electron, without zod or the model', () => {
    const preload = read('preload.cjs');
    expect(requires(preload)).toEqual(['electron']);
    expect(preload).not.toMatch(/zod/i);
    expect(preload.length).toBeLessThan(20_000);
    for (const method of API_METHOD_NAMES) expect(preload).toContain(`"${method}"`);
    expect(preload).toContain('prosjektboka:api');
    expect(preload).toContain('exposeInMainWorld');
  });

  it('keeps the database out of the main process: only the worker loads better-sqlite3', () => {
    expect(requires(read('main.js'))).not.toContain('better-sqlite3');
    expect(requires(read('dbWorker.js'))).toContain('better-sqlite3');
    expect(requires(read('dbWorker.js'))).not.toContain('electron');
  });

  it('leaves electron and better-sqlite3 outside the bundle and bundles everything else', () => {
    const packages = (code: string) => requires(code).filter((name) => !isBuiltin(name));
    expect(packages(read('main.js'))).toEqual(['electron']);
    expect(packages(read('dbWorker.js'))).toEqual(['better-sqlite3']);
  });

  it('carries no Puppeteer in the worker: the desktop prints with Electron, not a second browser', () => {
    const worker = read('dbWorker.js');
    expect(worker).toContain('bundleStubs/puppeteer-core.ts');
    expect(worker).not.toMatch(/puppeteer-core[\\/](lib|src)/);
    expect(worker).not.toMatch(/playwright-core[\\/](lib|src)/);
    expect(() => launch()).toThrow(WorkbookError);
    expect(() => launch()).toThrow('Skrivebordsappen lager PDF med sin egen utskrift');
  });

  it('gives main its own file URL, which it finds the preload, worker and renderer by', () => {
    expect(read('main.js')).toContain('pathToFileURL(__filename)');
    expect(read('main.js')).not.toMatch(/import\.meta/);
  });
});
