import type { RecordOf } from '../model/kinds.js';

/**
 * What the printed plan takes from the workbook and how, where that is a
 * rule rather than layout: the plan is the document handed to the funder,
 * so it prints what the plan says (no notes kept for the app's users, no
 * judgements made on the day of printing) and says each thing once.
 */

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The project's short description on the title page, unless a section
 * already says it (the seed plan's «Innledning» opens with the same
 * paragraph): the introduction is printed once.
 */
export function titlePageDescription(project: RecordOf<'project'> | undefined, sections: readonly RecordOf<'section'>[]): string {
  const description = squash(project?.shortDescription ?? '');
  if (!description) return '';
  return sections.some((s) => squash(s.body).includes(description)) ? '' : (project?.shortDescription ?? '');
}

const NUMBERED_BULLET = /^(\s*)[-*+]\s+(\d{1,3})[.)]\s+(.*)$/;

/**
 * A bullet list whose items are numbered by hand («- 1) Lære om …», as the
 * plan writes its six goals) printed as a numbered list: a number or a
 * bullet, not both. Only a run numbered 1, 2, 3 … from its first number is
 * rewritten, since a Markdown list counts on from its first number by
 * itself; any other run is left as written.
 */
export function numberedBulletsAsList(markdown: string): string {
  const lines = markdown.split('\n');
  let i = 0;
  while (i < lines.length) {
    const first = NUMBERED_BULLET.exec(lines[i]!);
    if (!first) {
      i++;
      continue;
    }
    // The whole list: every bullet line at this indent, numbered or not.
    const indent = first[1]!;
    const bullet = new RegExp(`^${indent}[-*+]\\s`);
    let end = i;
    while (end < lines.length && bullet.test(lines[end]!)) end++;
    const items = lines.slice(i, end).map((l) => NUMBERED_BULLET.exec(l));
    const start = Number(first[2]);
    const counts = items.every((m, k) => m !== null && m[1] === indent && Number(m[2]) === start + k);
    const next = lines[end];
    const runEnds = next === undefined || next.trim() === '' || !/^\s/.test(next);
    const startsList = i === 0 || !bullet.test(lines[i - 1]!);
    if (counts && runEnds && startsList) {
      items.forEach((m, k) => {
        lines[i + k] = `${indent}${m![2]}. ${m![3]}`;
      });
    }
    i = Math.max(end, i + 1);
  }
  return lines.join('\n');
}

/** One printed row of the organisation table. */
export interface OrganisationRow {
  readonly key: string;
  readonly phase: number | null;
  /** The group's name; empty on a row continuing the same group. */
  readonly name: string;
  /**
   * The plan's words about the group («Bestående av noen fra …»), printed across the table under the group's last
   * row, since the narrow «Gruppe» column would stretch the row to many lines; empty on every other row.
   */
  readonly description: string;
  readonly examines: string;
  readonly objectives: string;
  /** The first row of its group: the rule between groups goes above it. */
  readonly first: boolean;
}

const lineItems = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const bulletItems = (text: string) => {
  const lines = lineItems(text);
  return lines.every((l) => /^[-*+]\s+/.test(l)) ? lines.map((l) => l.replace(/^[-*+]\s+/, '')) : undefined;
};

/**
 * The organisation table as the plan draws it: «Fase, Gruppe, Undersøker,
 * Mål» for the groups that examine or aim at something (the steering group
 * and the coordination team have their rows in the ansvarstabell). A group
 * whose «Undersøker» has as many lines as its «Mål» has bullets pairs them
 * row by row, as the plan does for Prosjektgruppe X («Beste praksis» → the
 * model, «Sammenstiller resultater» → the final report), so the two
 * columns never run together. The group's description is the plan's
 * («Bestående av noen fra prosjektgruppe A, B og C») and prints under its
 * rows; its note is the app's own («I planen står fire navn …») and is
 * never printed.
 */
export function organisationRows(groups: readonly RecordOf<'group'>[]): OrganisationRow[] {
  const rows: OrganisationRow[] = [];
  for (const g of [...groups].sort((a, b) => a.sortOrder - b.sortOrder)) {
    if (!g.examines.trim() && !g.objectives.trim() && g.phase === null) continue;
    const examines = lineItems(g.examines);
    const objectives = bulletItems(g.objectives);
    if (examines.length > 1 && objectives && objectives.length === examines.length) {
      examines.forEach((e, i) => rows.push({
        key: `${g.id}:${i}`, phase: g.phase, name: i === 0 ? g.name : '', description: i === examines.length - 1 ? (g.description ?? '').trim() : '',
        examines: e, objectives: objectives[i]!, first: i === 0,
      }));
      continue;
    }
    rows.push({
      key: g.id, phase: g.phase, name: g.name, description: (g.description ?? '').trim(), examines: examines.join('\n'), objectives: g.objectives, first: true,
    });
  }
  return rows;
}

/** Words by which a name already says its post is not filled («Person 4 drmk (venter på ansettelse)», as the plan writes it). */
const SAYS_VACANT = /\((?:[^)]*\b)?(?:venter på ansettelse|ikke besatt|ikke ansatt|vakant|ledig|vacant|not (?:yet )?filled|to be (?:hired|appointed))\b[^)]*\)/i;

/**
 * A name in the ansvarstabell: a post not yet filled is marked so once, by
 * `vacant` («ikke besatt») unless its name already says it.
 */
export function responsibleName(name: string, placeholder: boolean, vacant: string): string {
  if (!placeholder || SAYS_VACANT.test(name)) return name;
  return name ? `${name} (${vacant})` : vacant;
}
