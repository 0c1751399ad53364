import type { Workbook } from './workbook.js';

export interface RiskAssessmentInput {
  readonly riskId: string;
  readonly date: string;
  /** The scores that change; those left out keep the risk's current ones. */
  readonly probability?: number;
  readonly consequence?: number;
  readonly residualProbability?: number | null;
  readonly residualConsequence?: number | null;
  readonly note?: string;
  /**
   * One editing session of one risk (its editor panel, open): every saved
   * change of scores in it amends the one assessment the session made first,
   * so changing three scores in a row gives one dated assessment, not three.
   */
  readonly editing?: string;
}

const SCORES = ['probability', 'consequence', 'residualProbability', 'residualConsequence'] as const;
/** Editing sessions remembered; an old one forgotten only starts a new assessment. */
const REMEMBERED = 500;

/**
 * The rule for a risk's dated assessments, in one place: one assessment per
 * saved change of a risk's scores, carrying all four scores as the risk has
 * them afterwards; within one editing session, one assessment in all. The
 * command layer runs it inside a transaction, so risk and assessment change
 * together or not at all.
 */
export class RiskAssessments {
  /** `riskId\neditingId` → the assessment that editing session made. */
  private readonly byEditing = new Map<string, string>();

  constructor(private readonly wb: Workbook) {}

  assess(input: RiskAssessmentInput): string | null {
    const scores: Record<string, unknown> = {};
    for (const name of SCORES) if (input[name] !== undefined) scores[name] = input[name];
    const changed = this.wb.commands.update('risk', input.riskId, scores);
    if (changed.length === 0) return null;
    const risk = this.wb.records.get('risk', input.riskId)!.fields;
    const carried = Object.fromEntries(SCORES.map((name) => [name, risk[name]]));
    const key = input.editing === undefined ? undefined : `${input.riskId}\n${input.editing}`;
    const earlier = key === undefined ? undefined : this.byEditing.get(key);
    if (earlier !== undefined && this.isLatestOf(input.riskId, earlier)) {
      this.wb.commands.update('risk-assessment', earlier, { ...carried, date: input.date, ...(input.note !== undefined ? { note: input.note } : {}) });
      return earlier;
    }
    const id = this.wb.commands.create('risk-assessment', { riskId: input.riskId, date: input.date, ...carried, note: input.note ?? '' });
    if (key !== undefined) this.remember(key, id);
    return id;
  }

  /** The session's assessment is still the risk's newest live one (no move in the matrix since, no undo of it). */
  private isLatestOf(riskId: string, assessmentId: string): boolean {
    const live = this.wb.records.listBy('risk-assessment', 'riskId', riskId);
    // Ids are UUIDv7: the largest is the one made last.
    return live.length > 0 && live.reduce((a, b) => (a.id > b.id ? a : b)).id === assessmentId;
  }

  private remember(key: string, id: string): void {
    this.byEditing.set(key, id);
    if (this.byEditing.size > REMEMBERED) this.byEditing.delete(this.byEditing.keys().next().value!);
  }
}
