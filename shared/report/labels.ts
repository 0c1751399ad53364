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

export const BUDGET_TYPE_LABELS = { expense: 'Utgift', income: 'Inntekt' } as const;
