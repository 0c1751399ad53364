import { useTranslation } from 'react-i18next';
import type { PlanChapter } from '../../../shared/report/planChapters';
import type { RecordOf } from '../../../shared/model/kinds';
import { DeletedRecord, useMoveInList, type RecordRow, type Tombstone } from '../../components/records';
import { GroupCard } from './GroupCard';
import { Organisation } from './Organisation';
import { PlanChapterView } from './PlanChapter';
import { PlanEdition } from './PlanEdition';
import { PlanGoals } from './PlanGoals';
import { PlanPeriods } from './PlanPeriods';
import type { PlanPart } from './planParts';
import { ResponsibilityTable } from './ResponsibilityTable';
import { usePlanStore } from './store';

/** The chosen part of the plan, editable where it stands; a section or group deleted here shows its «Angre». */
export function PlanPartView({ part, deleted, chapters, groupRows, onOpen }: {
  part: PlanPart | undefined;
  deleted: { list: string; tombstone: Tombstone } | undefined;
  chapters: readonly PlanChapter[];
  groupRows: readonly RecordRow<RecordOf<'group'>>[];
  onOpen(key: string): void;
}) {
  const { t } = useTranslation('plan');
  if (deleted) return <div className="plan-detail"><DeletedRecord list={deleted.list} tombstone={deleted.tombstone} /></div>;
  if (!part) return null;
  const content = (() => {
    switch (part.kind) {
      case 'edition':
        return <PlanEdition />;
      case 'section':
        return part.chapter.section ? <PlanChapterView chapter={{ ...part.chapter, section: part.chapter.section }} chapters={chapters} /> : null;
      case 'group': {
        const row = groupRows.find((r) => r.key === part.groupId);
        return row?.record ? <GroupPart group={row.record} /> : null;
      }
      case 'block': {
        const title = part.chapterTitle ?? t(`part.${part.block}`);
        switch (part.block) {
          case 'goals':
            return <PlanGoals title={title} />;
          case 'organisation':
            return <Organisation title={title} onOpen={onOpen} />;
          case 'responsibilities':
            return <ResponsibilityTable title={title} />;
          case 'milestones':
            return <PlanPeriods title={title} />;
          case 'budget':
          case 'risks':
            return (
              <section className="plan-block" aria-labelledby="plan-part-title">
                <h2 id="plan-part-title">{title}</h2>
                <p className="plan-link"><a href={`#/${part.block}`}>{t(part.block === 'budget' ? 'editBudget' : 'editRisks')}</a></p>
              </section>
            );
        }
      }
    }
  })();
  return <div className="plan-detail">{content}</div>;
}

/** One group in the detail, with its place in the list of groups (Flytt opp/ned). */
function GroupPart({ group }: { group: RecordOf<'group'> }) {
  const groups = usePlanStore((s) => s.groups);
  const move = useMoveInList('group', groups, (g) => g.name);
  return <GroupCard group={group} move={move(group)} />;
}
