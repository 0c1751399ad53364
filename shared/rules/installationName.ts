/**
 * How an installation's name is put together on first start: the
 * municipality, a dash and the place, «Indre Østfold – Mysen bibliotek», so
 * that the others can tell at a glance whose changes they are reading.
 */
export const INSTALLATION_NAME_MAX = 200;

/** The municipalities to choose from: the project's parties without the word «kommune», each once. */
export function municipalityChoices(parties: readonly string[]): string[] {
  const names = parties.map((p) => p.trim().replace(/\s+kommune$/iu, '').trim()).filter((p) => p !== '');
  return [...new Set(names)];
}

/** «Municipality – place»; either alone if the other is empty; '' if both are. */
export function composeInstallationName(municipality: string, place: string): string {
  return [municipality.trim(), place.trim()].filter((part) => part !== '').join(' – ');
}

/** What is wrong with a name, if anything (the workbook checks the same). */
export function installationNameProblem(name: string): 'empty' | 'tooLong' | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  return [...trimmed].length > INSTALLATION_NAME_MAX ? 'tooLong' : undefined;
}
