/**
 * The people screen's filter. A query matches a person when it occurs, as a
 * phrase, in one of the texts that describe them: name, position,
 * affiliation (the municipality), e-mail, each role with its group
 * («Medlem, Prosjektgruppe B»), and the position and affiliation a role row
 * gives as written. A phrase, not loose words: «Prosjektgruppe B» must not
 * find everyone in a project group whose texts hold a «b» somewhere.
 */
export function normaliseForFilter(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/gu, ' ').trim();
}

export function matchesPersonFilter(texts: readonly string[], query: string): boolean {
  const q = normaliseForFilter(query);
  if (q === '') return true;
  return texts.some((t) => normaliseForFilter(t).includes(q));
}
