import type { RecordOf } from '../model/kinds.js';

/**
 * The plan's chapters, one rule for the app's plan screen and the printed
 * plan, so both number and order them alike: the sections in their order,
 * and the plan's structured parts (goals, organisation, ansvarstabell,
 * milestones, budget, risks) each under the section whose title names it
 * («3. Prosjektorganisering» gets the organisation), or, where no section
 * does, a chapter of its own, numbered as in the project plan when the
 * sections are numbered («4. Ansvarstabell»), placed before the first
 * section with a higher number.
 */
export type PlanBlock = 'goals' | 'organisation' | 'responsibilities' | 'milestones' | 'budget' | 'risks';

export const PLAN_BLOCKS: readonly { key: PlanBlock; match: RegExp; number: number }[] = [
  { key: 'goals', match: /\bmål\b|\bgoals?\b/i, number: 2 },
  { key: 'organisation', match: /organis/i, number: 3 },
  { key: 'responsibilities', match: /ansvar|responsib/i, number: 4 },
  { key: 'milestones', match: /milep|fremdrift|milestone/i, number: 6 },
  { key: 'budget', match: /budsj|økonomi|budget/i, number: 7 },
  { key: 'risks', match: /risiko|\brisk/i, number: 8 },
];

export interface PlanChapter {
  /** The section's id, or the block's key for a chapter of its own. */
  readonly key: string;
  readonly title: string;
  readonly body: string;
  /** The section it shows; undefined for a part's own chapter. */
  readonly section: RecordOf<'section'> | undefined;
  readonly blocks: PlanBlock[];
}

const leadingNumber = (title: string) => {
  const m = /^\s*(\d+)[.)]/.exec(title);
  return m ? Number(m[1]) : undefined;
};

/** `titles` names a part's own chapter in the reader's language («Ansvarstabell»); the number is added here. */
export function planChapters(sections: readonly RecordOf<'section'>[], titles: Readonly<Record<PlanBlock, string>>): PlanChapter[] {
  const chapters: PlanChapter[] = [...sections]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((s) => ({ key: s.id, title: s.title, body: s.body, section: s, blocks: [] }));
  const numbered = chapters.some((c) => leadingNumber(c.title) !== undefined);
  for (const block of PLAN_BLOCKS) {
    const home = chapters.find((c) => block.match.test(c.title));
    if (home) {
      home.blocks.push(block.key);
      continue;
    }
    const title = numbered ? `${block.number}. ${titles[block.key]}` : titles[block.key];
    const own: PlanChapter = { key: block.key, title, body: '', section: undefined, blocks: [block.key] };
    const before = numbered ? chapters.findIndex((c) => (leadingNumber(c.title) ?? -1) > block.number) : -1;
    if (before < 0) chapters.push(own);
    else chapters.splice(before, 0, own);
  }
  return chapters;
}
