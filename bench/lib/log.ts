/** Progress lines go to stderr, so stdout carries only the result table. */
export function progress(message: string): void {
  process.stderr.write(`  · ${message}\n`);
}
