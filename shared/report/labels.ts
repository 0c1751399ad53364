import { CONSEQUENCE_LABELS, PROBABILITY_LABELS } from '../model/enums.js';
import type { ActionStatus, MeetingType, MilestoneStatus, RiskStatus, Role } from '../model/enums.js';
import type { Zone } from '../rules/riskMatrix.js';

/**
 * The Norwegian (bokmål) words for the workbook's codes, as printouts and
 * exports show them. Printed documents and spreadsheets are Norwegian whatever
 * language the app's screens use, so these live in shared/ beside the rules.
 */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  project_owner: 'Prosjekteier',
  steering_group: 'Styringsgruppe',
  project_leader: 'Prosjektleder',
  coordination_team: 'Koordineringsteam',
  coordinator: 'Koordinator',
  member: 'Medlem',
};

export const MILESTONE_STATUS_LABELS: Readonly<Record<MilestoneStatus, string>> = {
  planned: 'Planlagt',
  in_progress: 'Pågår',
  reached: 'Nådd',
  late: 'Forsinket',
};

export const RISK_STATUS_LABELS: Readonly<Record<RiskStatus, string>> = {
  open: 'Åpen',
  monitored: 'Følges opp',
  closed: 'Lukket',
};

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  open: 'Åpen',
  in_progress: 'Pågår',
  done: 'Utført',
  cancelled: 'Avlyst',
};

export const MEETING_TYPE_LABELS: Readonly<Record<MeetingType, string>> = {
  steering_group: 'Styringsgruppemøte',
  project_group: 'Prosjektgruppemøte',
  workshop: 'Workshop',
  conference: 'Konferanse',
  other: 'Møte',
};

/** The plan's three zones, in words, so a printout never relies on colour alone. */
export const ZONE_LABELS: Readonly<Record<Zone, string>> = {
  green: 'Akseptabel',
  yellow: 'Tiltak må vurderes',
  red: 'Uakseptabel, tiltak nødvendig',
};

/** One-letter zone marks for matrix cells, read in greyscale beside the pattern. */
export const ZONE_SHORT: Readonly<Record<Zone, string>> = { green: 'A', yellow: 'V', red: 'U' };

/** DSB's ROS words for the same three zones, when the municipality chooses them (project.riskZoneLabels «dsb»). */
export const ZONE_LABELS_DSB: Readonly<Record<Zone, string>> = { green: 'Lav risiko', yellow: 'Middels risiko', red: 'Høy risiko' };
export const ZONE_SHORT_DSB: Readonly<Record<Zone, string>> = { green: 'L', yellow: 'M', red: 'H' };

export const BUDGET_TYPE_LABELS = { expense: 'Utgift', income: 'Inntekt' } as const;


/** Every code's word in one language, for a printout in that language. */
export interface ReportLabels {
  readonly role: Readonly<Record<Role, string>>;
  readonly milestoneStatus: Readonly<Record<MilestoneStatus, string>>;
  readonly riskStatus: Readonly<Record<RiskStatus, string>>;
  readonly actionStatus: Readonly<Record<ActionStatus, string>>;
  readonly meetingType: Readonly<Record<MeetingType, string>>;
  readonly zone: Readonly<Record<Zone, string>>;
  readonly zoneShort: Readonly<Record<Zone, string>>;
  readonly zoneDsb: Readonly<Record<Zone, string>>;
  readonly zoneShortDsb: Readonly<Record<Zone, string>>;
  readonly probability: readonly string[];
  readonly consequence: readonly string[];
}

export const REPORT_LABELS: Readonly<Record<'nb' | 'en', ReportLabels>> = {
  nb: {
    role: ROLE_LABELS, milestoneStatus: MILESTONE_STATUS_LABELS, riskStatus: RISK_STATUS_LABELS, actionStatus: ACTION_STATUS_LABELS,
    meetingType: MEETING_TYPE_LABELS, zone: ZONE_LABELS, zoneShort: ZONE_SHORT,
    zoneDsb: ZONE_LABELS_DSB, zoneShortDsb: ZONE_SHORT_DSB, probability: PROBABILITY_LABELS, consequence: CONSEQUENCE_LABELS,
  },
  en: {
    role: {
      project_owner: 'Project owner', steering_group: 'Steering group', project_leader: 'Project leader',
      coordination_team: 'Coordination team', coordinator: 'Coordinator', member: 'Member',
    },
    milestoneStatus: { planned: 'Planned', in_progress: 'In progress', reached: 'Reached', late: 'Late' },
    riskStatus: { open: 'Open', monitored: 'Monitored', closed: 'Closed' },
    actionStatus: { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    meetingType: {
      steering_group: 'Steering group meeting', project_group: 'Project group meeting', workshop: 'Workshop', conference: 'Conference', other: 'Meeting',
    },
    zone: { green: 'Acceptable', yellow: 'Measures to be considered', red: 'Unacceptable, measures required' },
    zoneShort: { green: 'A', yellow: 'C', red: 'U' },
    zoneDsb: { green: 'Low risk', yellow: 'Medium risk', red: 'High risk' },
    zoneShortDsb: { green: 'L', yellow: 'M', red: 'H' },
    probability: ['Very low', 'Low', 'Moderate', 'High', 'Very high'],
    consequence: ['Very low', 'Low', 'Moderate', 'Serious', 'Very serious'],
  },
};

/**
 * A project's scale words in a language: the project's own when it has
 * changed them (the user's words, shown as written), else the plan's in that
 * language. The seed stores the plan's bokmål words, so those count as unchanged.
 */
export function scaleWords(own: readonly string[] | undefined, plan: readonly string[], translated: readonly string[]): readonly string[] {
  if (!own || own.length !== 5) return translated;
  return own.every((w, i) => w === plan[i]) ? translated : own;
}

/** A zone's words and letter in the names the project chose: the plan's or DSB's. */
export function zoneWords(labels: ReportLabels, set: 'plan' | 'dsb'): { zone: Readonly<Record<Zone, string>>; short: Readonly<Record<Zone, string>> } {
  return set === 'dsb' ? { zone: labels.zoneDsb, short: labels.zoneShortDsb } : { zone: labels.zone, short: labels.zoneShort };
}
