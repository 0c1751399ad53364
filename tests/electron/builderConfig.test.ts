import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

/** The packaging configuration, checked without packaging (which needs the Electron download). */
const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const config = require('../../build/electron-builder.config.cjs') as Record<string, any>;
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the electron-builder configuration', () => {
  it('is valid for electron-builder 26 (its own schema check)', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(c: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The check does catch a misspelt fuse, so the pass above means something.
    await expect(validateConfiguration({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } }, new DebugLogger(false)))
      .rejects.toThrow(/electronFuses/);
  });

  it('names the app', () => {
    expect(config.appId).toBe('no.drammen.prosjektboka');
    expect(config.productName).toBe('Prosjektboka');
  });

  it('packs the built app into an asar, with native modules unpacked', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.extraMetadata.main).toBe('dist/electron/main.js');
    // Rebuilding in place would leave node_modules with an Electron build and break `npm test`.
    expect(config.npmRebuild).toBe(false);
  });

  it('builds an installer for every user and a portable exe on Windows', () => {
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.nsis.perMachine).toBe(true);
    expect(config.nsis.oneClick).toBe(false);
  });

  it('builds an AppImage and a deb (Office) on Linux and a dmg on macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('opens workbooks and sync files from the file manager', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'prosjektboka', name: 'Prosjektboka arbeidsbok', role: 'Editor' }),
      expect.objectContaining({ ext: 'pbsync', name: 'Prosjektboka synkfil' }),
    ]);
  });

  it('has its icons: the original SVG and a 512×512 PNG made from it', () => {
    expect(existsSync(join(REPO, 'build', 'icon.svg'))).toBe(true);
    for (const platform of ['win', 'linux', 'mac']) {
      const icon = join(REPO, config[platform].icon as string);
      expect(existsSync(icon), icon).toBe(true);
      expect(pngSize(icon)).toEqual({ width: 512, height: 512 });
    }
  });

  it('is what `npm run dist` uses, after building the renderer and the shell', () => {
    expect(pkg.scripts.dist).toBe('npm run build && node scripts/build-electron.js && electron-builder --config build/electron-builder.config.cjs');
    expect(pkg.scripts.start).toBe('node scripts/start.js');
  });
});
