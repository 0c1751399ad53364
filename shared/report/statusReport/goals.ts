import type { ActionStatus, MilestoneStatus } from '../../model/enums.js';
import { isActionOverdue } from '../../rules/projectStatus.js';
import { isMilestoneLate } from '../../rules/projectCalendar.js';
import type { WorkbookSnapshot } from '../snapshot.js';

/**
 * Progress per goal: the leader's assessment (the report's goalAssessments)
 * beside what the workbook links to the goal. A goal is worked on by the
 * groups that name it (a group's goalIds); its milestones are those whose
 * responsible person coordinates or belongs to such a group, its action items
 * those from such a group's meetings. The plan links nothing more directly.
 */
export interface GoalProgress {
  readonly id: string;
  readonly number: number;
  readonly text: string;
  readonly assessment: string;
  readonly groups: string[];
  readonly milestones: { number: number; description: string; status: MilestoneStatus; actualDate: string | null; late: boolean }[];
  readonly actions: { text: string; status: ActionStatus; dueDate: string | null; overdue: boolean }[];
}

export function goalProgress(s: WorkbookSnapshot, assessments: Readonly<Record<string, string>>, asOf: string): GoalProgress[] {
  return [...s.goal].sort((a, b) => a.number - b.number).map((g) => {
    const groups = s.group.filter((gr) => gr.goalIds.includes(g.id));
    const groupIds = new Set(groups.map((gr) => gr.id));
    const people = new Set<string>([
      ...groups.map((gr) => gr.coordinatorId).filter((id): id is string => id !== null),
      ...s.role.filter((r) => r.groupId !== null && groupIds.has(r.groupId)).map((r) => r.personId),
    ]);
    const meetings = new Set(s.meeting.filter((m) => m.groupId !== null && groupIds.has(m.groupId)).map((m) => m.id));
    return {
      id: g.id,
      number: g.number,
      text: g.text,
      assessment: assessments[g.id] ?? '',
      groups: groups.map((gr) => gr.name),
      milestones: s.milestone
        .filter((m) => m.responsibleId !== null && people.has(m.responsibleId))
        .sort((a, b) => a.number - b.number)
        .map((m) => ({ number: m.number, description: m.description, status: m.status, actualDate: m.actualDate, late: isMilestoneLate(m, asOf) })),
      actions: s.action
        .filter((a) => a.meetingId !== null && meetings.has(a.meetingId))
        .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
        .map((a) => ({ text: a.text, status: a.status, dueDate: a.dueDate, overdue: isActionOverdue(a, asOf) })),
    };
  });
}
