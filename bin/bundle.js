// Finds the command line's bundle (dist/cli, made by scripts/build-cli.js at
// install time) and loads it. Before loading, it compares the bundle's
// manifest with the sources it was built from, one stat per file: a missing
// or stale bundle is rebuilt when esbuild is at hand (a development clone),
// and otherwise named in one line. The check costs about a millisecond; a
// rebuild about a second, once.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI_DIR = join(ROOT, 'dist', 'cli');
const MANIFEST = join(CLI_DIR, 'manifest.json');
const MANIFEST_VERSION = 1;

/** Thrown with the one line to show when there is no usable bundle. */
export class BundleError extends Error {}

function readManifest() {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    const whole = manifest.version === MANIFEST_VERSION && Object.values(manifest.entries).every((file) => existsSync(join(CLI_DIR, file)));
    return whole ? manifest : null;
  } catch {
    return null;
  }
}

/** Why the bundle cannot be used as it is, or null when it can. */
export function bundleProblem(manifest = readManifest()) {
  if (!manifest) return 'dist/cli mangler';
  for (const input of manifest.inputs) {
    let mtime;
    try {
      mtime = statSync(join(ROOT, input)).mtimeMs;
    } catch {
      // An installation without the sources runs the bundle it was given.
      continue;
    }
    if (mtime > manifest.builtAt) return `${input} er endret etter at dist/cli ble bygget`;
  }
  return null;
}

async function rebuild(problem, log) {
  let buildCli;
  try {
    ({ buildCli } = await import('../scripts/build-cli.js'));
  } catch {
    throw new BundleError(`kommandolinjen må bygges (${problem}), men esbuild er ikke installert; kjør «npm install» og «npm run build» i ${ROOT}.`);
  }
  log(`prosjektboka: bygger kommandolinjen på nytt (${problem}) …`);
  try {
    await buildCli();
  } catch (e) {
    const first = e?.errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}: ` : '';
    throw new BundleError(`kommandolinjen kunne ikke bygges: ${where}${first?.text ?? (e instanceof Error ? e.message : String(e))}`);
  }
}

/**
 * One entry of the bundle (scripts/build-cli.js's CLI_ENTRIES: `prosjektboka`
 * has runCli, `serve` serveWorkbook), rebuilt first if needed. `log` gets the
 * one line that says a rebuild is happening.
 */
export async function loadCliBundle({ entry = 'prosjektboka', log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const problem = bundleProblem();
  if (problem) await rebuild(problem, log);
  const manifest = readManifest();
  if (!manifest) throw new BundleError(`fant ikke kommandolinjen i ${CLI_DIR} etter byggingen; kjør «npm run build».`);
  return import(pathToFileURL(join(CLI_DIR, manifest.entries[entry])).href);
}
