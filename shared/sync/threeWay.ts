import { diff3Merge } from 'node-diff3';

/** Lines with their line breaks, so that joining them gives the text back exactly. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export interface TextMerge {
  /** No line was changed differently on both sides. */
  readonly clean: boolean;
  /** The merged text; where both sides changed the same lines, `ours` is kept. */
  readonly text: string;
}

/**
 * Three-way merge of Markdown by lines (as git merges files): edits of
 * different lines both survive; lines both sides changed differently, or
 * changed next to each other, are a conflict, reported as not clean.
 */
export function mergeText(ours: string, base: string, theirs: string): TextMerge {
  if (ours === theirs || theirs === base) return { clean: true, text: ours };
  if (ours === base) return { clean: true, text: theirs };
  const regions = diff3Merge(splitLines(ours), splitLines(base), splitLines(theirs), { excludeFalseConflicts: true });
  let clean = true;
  const out: string[] = [];
  for (const region of regions) {
    if (region.ok) out.push(...region.ok);
    else if (region.conflict) {
      clean = false;
      out.push(...region.conflict.a);
    }
  }
  return { clean, text: out.join('') };
}
