import type { GroupKind, MeetingType } from '../../../shared/model/enums';

/**
 * A new meeting starts from the template of its type: a title, a standard
 * agenda and, where one group plainly holds such meetings, that group. The
 * words are in the `meetings` catalogue (templates.*, agendaItems.*), so a
 * meeting created in English gets an English agenda.
 */
export interface MeetingTemplate {
  /** Keys under agendaItems.* in the catalogue, in agenda order. */
  readonly agenda: readonly AgendaItem[];
  /** The kind of group that holds this type of meeting, if any. */
  readonly groupKind?: GroupKind;
}

export type AgendaItem =
  | 'approveNoticeAndMinutes' | 'leaderStatus' | 'economy' | 'risk' | 'anyOther'
  | 'approveMinutes' | 'statusSinceLast' | 'actionFollowUp' | 'nextSteps'
  | 'welcome' | 'introduction' | 'groupWork' | 'summary'
  | 'programme' | 'learning' | 'followUp' | 'matters';

export const MEETING_TEMPLATES: Readonly<Record<MeetingType, MeetingTemplate>> = {
  steering_group: {
    agenda: ['approveNoticeAndMinutes', 'leaderStatus', 'economy', 'risk', 'anyOther'],
    groupKind: 'steering_group',
  },
  project_group: {
    agenda: ['approveMinutes', 'statusSinceLast', 'actionFollowUp', 'nextSteps', 'anyOther'],
    groupKind: 'project_group',
  },
  workshop: { agenda: ['welcome', 'introduction', 'groupWork', 'summary'] },
  conference: { agenda: ['programme', 'learning', 'followUp'] },
  other: { agenda: ['matters', 'anyOther'] },
};

export interface TemplateGroup {
  readonly id: string;
  readonly kind: string;
}

export interface FilledTemplate {
  title: string;
  agenda: string;
  groupId: string | null;
}

/**
 * The fields a template fills in. The group is chosen only when exactly one
 * group is of the template's kind: with Prosjektgruppe A, B, C and X there is
 * no telling which one meets, so the user picks.
 */
export function fillTemplate(
  type: MeetingType, groups: readonly TemplateGroup[], t: (key: string) => string,
): FilledTemplate {
  const template = MEETING_TEMPLATES[type];
  const candidates = template.groupKind ? groups.filter((g) => g.kind === template.groupKind) : [];
  return {
    title: t(`templates.${type}.title`),
    agenda: template.agenda.map((item, i) => `${i + 1}. ${t(`agendaItems.${item}`)}`).join('\n'),
    groupId: candidates.length === 1 ? candidates[0]!.id : null,
  };
}
