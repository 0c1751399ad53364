import { join } from 'node:path';

/**
 * Where the built pieces are, relative to the folder of the main bundle
 * (dist/electron, inside app.asar when packaged). scripts/build-electron.js
 * writes them there; the names are kept in one place here and there.
 */
export interface BundlePaths {
  readonly preload: string;
  readonly dbWorker: string;
  readonly renderer: string;
  /** The Electron-ABI better-sqlite3 that `npm run dist` ships beside the bundle. */
  readonly bundledNativeBinding: string;
}

export function bundlePaths(bundleDir: string): BundlePaths {
  return {
    preload: join(bundleDir, 'preload.cjs'),
    dbWorker: join(bundleDir, 'dbWorker.js'),
    renderer: join(bundleDir, '..', 'renderer'),
    bundledNativeBinding: join(bundleDir, 'native', 'better_sqlite3.node'),
  };
}

export const NATIVE_BINDING_ENV = 'PROSJEKTBOKA_NATIVE_BINDING';

/**
 * Which better-sqlite3 build the worker loads. `npm start` names its cached
 * Electron build in the environment; a packaged app ignores the environment
 * (a variable must not make it load another native library) and uses the one
 * it ships. Undefined means better-sqlite3's own lookup (node_modules).
 */
export function nativeBindingPath(options: {
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
  bundled: string;
  exists: (path: string) => boolean;
}): string | undefined {
  const fromEnv = options.env[NATIVE_BINDING_ENV];
  if (!options.isPackaged && fromEnv) return fromEnv;
  return options.exists(options.bundled) ? options.bundled : undefined;
}
