#!/usr/bin/env node
// The command line runs from the bundle `npm install` built (dist/cli); see bundle.js.
import { BundleError, loadCliBundle } from './bundle.js';

let cli;
try {
  cli = await loadCliBundle();
} catch (e) {
  process.stderr.write(`prosjektboka: ${e instanceof BundleError ? e.message : `kommandolinjen kunne ikke lastes: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`}\n`);
  process.exit(1);
}
process.exitCode = await cli.runCli(process.argv.slice(2));
