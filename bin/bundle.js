// Finds the command line's bundle (dist/cli, made by scripts/build-cli.js at
// install time) and loads it. Before loading, it compares the bundle's
// manifest with the sources it was built from, one stat per file: a missing
// or stale bundle is rebuilt when esbuild is at hand (a development clone),
// and otherwise named in one line. The check costs about a millisecond; a
// rebuild about a second, once.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bootstrapLanguage, bootstrapWords } from './bootstrapWords.js';

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

/** Why the bundle cannot be used as it is (in `words`' language), or null when it can. */
export function bundleProblem(manifest = readManifest(), words = bootstrapWords('nb')) {
  if (!manifest) return words.missing();
  for (const input of manifest.inputs) {
    let mtime;
    try {
      mtime = statSync(join(ROOT, input)).mtimeMs;
    } catch {
      // An installation without the sources runs the bundle it was given.
      continue;
    }
    if (mtime > manifest.builtAt) return words.changed(input);
  }
  return null;
}

async function rebuild(problem, log, words) {
  let buildCli;
  try {
    ({ buildCli } = await import('../scripts/build-cli.js'));
  } catch {
    throw new BundleError(words.noEsbuild(problem, ROOT));
  }
  log(words.rebuilding(problem));
  try {
    await buildCli();
  } catch (e) {
    const first = e?.errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}: ` : '';
    throw new BundleError(words.buildFailed(`${where}${first?.text ?? (e instanceof Error ? e.message : String(e))}`));
  }
}

/**
 * One entry of the bundle (scripts/build-cli.js's CLI_ENTRIES: `prosjektboka`
 * has runCli, `serve` serveWorkbook), rebuilt first if needed. `log` gets the
 * one line that says a rebuild is happening; it and a BundleError's line are
 * in `lang` (bootstrapWords.js), by default the locale's.
 */
export async function loadCliBundle({
  entry = 'prosjektboka', log = (line) => process.stderr.write(`${line}\n`), lang = bootstrapLanguage([], process.env),
} = {}) {
  const words = bootstrapWords(lang);
  const problem = bundleProblem(readManifest(), words);
  if (problem) await rebuild(problem, log, words);
  const manifest = readManifest();
  if (!manifest) throw new BundleError(words.notFound(CLI_DIR));
  return import(pathToFileURL(join(CLI_DIR, manifest.entries[entry])).href);
}
