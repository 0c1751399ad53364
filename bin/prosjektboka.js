#!/usr/bin/env node
// The command line runs from the bundle `npm install` built (dist/cli); see bundle.js.
import { bootstrapLanguage, bootstrapWords } from './bootstrapWords.js';
import { BundleError, loadCliBundle } from './bundle.js';

const args = process.argv.slice(2);
// Before the bundle (and its catalogues) exist, its few lines come from bootstrapWords.js, in the run's language.
const lang = bootstrapLanguage(args, process.env);
let cli;
try {
  cli = await loadCliBundle({ lang });
} catch (e) {
  const line = e instanceof BundleError ? e.message : bootstrapWords(lang).loadFailed(String(e instanceof Error ? e.message : e).split('\n')[0]);
  process.stderr.write(`prosjektboka: ${line}\n`);
  process.exit(1);
}
process.exitCode = await cli.runCli(args);
