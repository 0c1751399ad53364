// Types for the tests, which hold bootstrapWords.js to the CLI's own language choice.
export type BootstrapLanguage = 'nb' | 'en';
export function bootstrapLanguage(argv?: readonly string[], env?: Readonly<Record<string, string | undefined>>): BootstrapLanguage;
export interface BootstrapWords {
  missing(): string;
  changed(input: string): string;
  noEsbuild(problem: string, root: string): string;
  rebuilding(problem: string): string;
  buildFailed(detail: string): string;
  notFound(dir: string): string;
  loadFailed(detail: string): string;
}
export function bootstrapWords(lang: BootstrapLanguage): BootstrapWords;
