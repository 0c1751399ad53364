/**
 * The risk acceptance criteria (akseptkriterier): which scores make each zone,
 * and what the zones are called. The municipality decides what is acceptable,
 * not the app, so the criteria are workbook data (project.riskZones,
 * project.riskZoneLabels) with a record of who decided them and when. Until a
 * decision is recorded for exactly the criteria in force, they are a proposal
 * («forslag»). Pure: the register, the overview, the status reports and the
 * printouts all read the zones through here.
 */
export type Zone = 'green' | 'yellow' | 'red';
export const ZONES: readonly Zone[] = ['green', 'yellow', 'red'];

/** One zone's scores, inclusive, as the user wrote them. */
export interface ZoneBand {
  readonly from: number;
  readonly to: number;
}

/** Green, yellow and red, in that order. */
export type ZoneBands = readonly [ZoneBand, ZoneBand, ZoneBand];

/** Whose words the zones carry: the project plan's, or DSB's ROS guidance. */
export const ZONE_LABEL_SETS = ['plan', 'dsb'] as const;
export type ZoneLabelSet = (typeof ZONE_LABEL_SETS)[number];

/**
 * The plan gives no zone boundaries; these follow common municipal ROS
 * practice on a 5 × 5 grid, and stand as the proposal until someone decides.
 */
export const DEFAULT_ZONE_BANDS: ZoneBands = [
  { from: 1, to: 4 },
  { from: 5, to: 12 },
  { from: 15, to: 25 },
];

/** Every score a 5 × 5 matrix can give (probability × consequence), ascending. */
export const POSSIBLE_SCORES: readonly number[] = [...new Set([1, 2, 3, 4, 5].flatMap((p) => [1, 2, 3, 4, 5].map((c) => p * c)))].sort(
  (a, b) => a - b,
);

/** A problem with proposed thresholds, as a catalogue key (shared/messages/riskCriteriaMessages.ts) and its parameters. */
export interface BandProblem {
  readonly key:
    | 'riskCriteria.outside'
    | 'riskCriteria.reversed'
    | 'riskCriteria.overlap'
    | 'riskCriteria.gap'
    | 'riskCriteria.empty';
  readonly params: Record<string, string>;
  /** The limit the problem is at, for the editor to show it on that field: zone index 0–2 and which end. */
  readonly at: { readonly zone: number; readonly end: 'from' | 'to' };
}

/**
 * What is wrong with a set of bands, if anything: every possible score must
 * fall in exactly one zone, bands run upward green → yellow → red, within
 * 1–25, and each zone holds at least one possible score. 13 and 14 cannot
 * occur on a 5 × 5 grid, so «5–12» followed by «15–25» leaves no gap.
 */
export function bandProblems(bands: readonly ZoneBand[]): BandProblem[] {
  const problems: BandProblem[] = [];
  bands.forEach((b, i) => {
    const zone = ZONES[i]!;
    const inRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= 25;
    if (!inRange(b.from) || !inRange(b.to)) {
      problems.push({ key: 'riskCriteria.outside', params: { zone }, at: { zone: i, end: inRange(b.from) ? 'to' : 'from' } });
    } else if (b.from > b.to) {
      problems.push({ key: 'riskCriteria.reversed', params: { zone, from: String(b.from), to: String(b.to) }, at: { zone: i, end: 'to' } });
    } else if (!POSSIBLE_SCORES.some((s) => s >= b.from && s <= b.to)) {
      problems.push({ key: 'riskCriteria.empty', params: { zone, from: String(b.from), to: String(b.to) }, at: { zone: i, end: 'from' } });
    }
  });
  if (problems.length > 0) return problems;
  for (let i = 0; i + 1 < bands.length; i++) {
    const [a, b] = [bands[i]!, bands[i + 1]!];
    if (b.from <= a.to) {
      problems.push({
        key: 'riskCriteria.overlap',
        params: { zone: ZONES[i]!, next: ZONES[i + 1]!, from: String(b.from), to: String(Math.min(a.to, b.to)) },
        at: { zone: i + 1, end: 'from' },
      });
    }
  }
  if (problems.length > 0) return problems;
  const missing = POSSIBLE_SCORES.filter((s) => !bands.some((b) => s >= b.from && s <= b.to));
  if (missing.length > 0) {
    // At the first gap: below green, between two zones (the upper one's start) or above red.
    const s = missing[0]!;
    const next = bands.findIndex((b) => b.from > s);
    const at = next === -1 ? { zone: bands.length - 1, end: 'to' as const } : { zone: next, end: 'from' as const };
    problems.push({ key: 'riskCriteria.gap', params: { scores: missing.join(', ') }, at });
  }
  return problems;
}

/**
 * The zone of a score under the given bands. Below a zone's start and above
 * the previous one's end (13 or 14 between «5–12» and «15–25»: no possible
 * risk scores them) counts with the lower zone, so any integer has one zone.
 */
export function zoneOfScore(score: number, bands: ZoneBands = DEFAULT_ZONE_BANDS): Zone {
  if (score >= bands[2].from) return 'red';
  if (score >= bands[1].from) return 'yellow';
  return 'green';
}

/** The possible scores in one zone, for the legend: «1–4», «5–12», «15–25». */
export function zoneScoreRange(zone: Zone, bands: ZoneBands): { from: number; to: number } | null {
  const scores = POSSIBLE_SCORES.filter((s) => zoneOfScore(s, bands) === zone);
  return scores.length > 0 ? { from: scores[0]!, to: scores[scores.length - 1]! } : null;
}

/** What a project record holds of the criteria (fields of schema 10). */
export interface CriteriaFields {
  readonly riskZones?: readonly ZoneBand[] | null;
  readonly riskZoneLabels?: ZoneLabelSet | null;
  readonly riskCriteriaDecided?: { readonly zones: readonly ZoneBand[]; readonly labels: ZoneLabelSet } | null;
  readonly riskCriteriaDecidedOn?: string | null;
  readonly riskCriteriaDecidedById?: string | null;
  readonly riskCriteriaDecidedBy?: string | null;
}

export interface RiskCriteria {
  readonly bands: ZoneBands;
  readonly labels: ZoneLabelSet;
  /** Null while the criteria in force are a proposal. */
  readonly decision: { readonly on: string; readonly byId: string | null; readonly by: string } | null;
  /** A decision exists, but for other thresholds or names than those now in force. */
  readonly changedSinceDecision: boolean;
}

function asBands(zones: readonly ZoneBand[] | null | undefined): ZoneBands | null {
  return zones && zones.length === 3 && bandProblems(zones).length === 0 ? (zones as ZoneBands) : null;
}

function sameCriteria(a: readonly ZoneBand[], b: readonly ZoneBand[], la: ZoneLabelSet, lb: ZoneLabelSet): boolean {
  return la === lb && a.length === b.length && a.every((x, i) => x.from === b[i]!.from && x.to === b[i]!.to);
}

/**
 * The criteria a project is under. A decision counts only for the very
 * thresholds and names it recorded (kept beside it): edited since, or merged
 * from two installations that disagreed, they are a proposal again.
 */
export function riskCriteria(project: CriteriaFields | null | undefined): RiskCriteria {
  const bands = asBands(project?.riskZones) ?? DEFAULT_ZONE_BANDS;
  const labels = project?.riskZoneLabels ?? 'plan';
  const decided = project?.riskCriteriaDecided ?? null;
  const on = project?.riskCriteriaDecidedOn ?? null;
  const valid = decided !== null && on !== null && sameCriteria(decided.zones, bands, decided.labels, labels);
  return {
    bands,
    labels,
    decision: valid ? { on, byId: project?.riskCriteriaDecidedById ?? null, by: project?.riskCriteriaDecidedBy ?? '' } : null,
    changedSinceDecision: decided !== null && on !== null && !valid,
  };
}

/** The default criteria: today's zones, as a proposal. For callers with no project at hand (an empty workbook). */
export const PROPOSED_CRITERIA: RiskCriteria = riskCriteria(null);

/** The fields a «Vedta» writes: the criteria in force, who decided and when. */
export function decisionFields(criteria: RiskCriteria, on: string, byId: string | null, by: string) {
  return {
    riskCriteriaDecided: { zones: criteria.bands.map((b) => ({ from: b.from, to: b.to })), labels: criteria.labels },
    riskCriteriaDecidedOn: on,
    riskCriteriaDecidedById: byId,
    riskCriteriaDecidedBy: by.trim(),
  };
}
