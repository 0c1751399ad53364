import type { PlanBlock, PlanChapter } from '../../../shared/report/planChapters';

/**
 * The plan screen's parts, in the list beside the chosen one: the title page's version and approval, each
 * chapter as the printout orders them (shared/report/planChapters.ts), under a section's chapter the
 * structured parts it holds (goals, the organisation chart and each group, the ansvarstabell, the project
 * years), and a part's own chapter where no section names it. The key is what the address carries
 * (#/plan/<key>).
 */
export type PlanPart =
  | { key: 'edition'; kind: 'edition'; level: 0 }
  | { key: string; kind: 'section'; level: 0; chapter: PlanChapter }
  | { key: PlanBlock; kind: 'block'; level: 0 | 1; block: PlanBlock; chapterTitle?: string }
  | { key: string; kind: 'group'; level: 1 | 2; groupId: string };

/** Blocks edited on this screen get their own part under a section; budget and risks are links in the chapter. */
const OWN_PART: ReadonlySet<PlanBlock> = new Set(['goals', 'organisation', 'responsibilities', 'milestones']);

export const sectionPartKey = (sectionId: string) => `section-${sectionId}`;
export const groupPartKey = (groupId: string) => `group-${groupId}`;

export function planParts(chapters: readonly PlanChapter[], groupIds: readonly string[]): PlanPart[] {
  const parts: PlanPart[] = [{ key: 'edition', kind: 'edition', level: 0 }];
  const groups = (level: 1 | 2) => groupIds.map((id): PlanPart => ({ key: groupPartKey(id), kind: 'group', level, groupId: id }));
  for (const chapter of chapters) {
    if (!chapter.section) {
      const block = chapter.blocks[0]!;
      parts.push({ key: block, kind: 'block', level: 0, block, chapterTitle: chapter.title });
      if (block === 'organisation') parts.push(...groups(1));
      continue;
    }
    parts.push({ key: sectionPartKey(chapter.section.id), kind: 'section', level: 0, chapter });
    for (const block of chapter.blocks) {
      if (!OWN_PART.has(block)) continue;
      parts.push({ key: block, kind: 'block', level: 1, block });
      if (block === 'organisation') parts.push(...groups(2));
    }
  }
  return parts;
}

/**
 * The part the address names: its key (#/plan/goals), or a record's id as search hits and links give it
 * (#/plan/<id>): a section or a group opens its own part, a goal the goals, the project the title page.
 */
export function partInRoute(segment: string | undefined, parts: readonly PlanPart[], ids: { goals: readonly string[]; project: readonly string[] }): PlanPart | undefined {
  if (!segment) return undefined;
  const direct = parts.find((p) => p.key === segment || p.key === sectionPartKey(segment) || p.key === groupPartKey(segment));
  if (direct) return direct;
  if (ids.goals.includes(segment)) return parts.find((p) => p.key === 'goals');
  if (ids.project.includes(segment)) return parts.find((p) => p.key === 'edition');
  return undefined;
}
