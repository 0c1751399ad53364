import { useTranslation } from 'react-i18next';
import type { PlanBlock, PlanChapter } from '../../../shared/report/planChapters';
import type { RecordOf } from '../../../shared/model/kinds';
import { EditableRecord, useMoveInList } from '../../components/records';
import { Markdown } from '../../components/Markdown';
import { RecordTextField } from '../../forms/fields';

export const SECTIONS_LIST = 'plan-sections';

/** One section's chapter: it reads as text, «Rediger» opens its fields; below, the parts it holds, as links. */
export function PlanChapterView({ chapter, chapters }: { chapter: PlanChapter & { section: RecordOf<'section'> }; chapters: readonly PlanChapter[] }) {
  const { t } = useTranslation('plan');
  const sections = chapters.map((c) => c.section).filter((s): s is RecordOf<'section'> => s !== undefined);
  const move = useMoveInList('section', sections, (s) => s.title);
  const section = chapter.section;
  const headingId = `chapter-${chapter.key}`;
  return (
    <EditableRecord as="section" className="plan-section plan-chapter"
      target={{ kind: 'section', id: section.id, name: section.title, list: SECTIONS_LIST }}
      heading={<h2 id={headingId}>{section.title}</h2>}
      move={move(section)}
      view={section.body ? <Markdown text={section.body} /> : <p className="plan-empty">{t('emptySection')}</p>}
      editor={() => <SectionEditor section={section} />}>
      {chapter.blocks.length > 0 ? (
        <ul className="plan-chapter-parts" aria-label={t('inChapter')}>
          {chapter.blocks.map((b) => <ChapterBlockLinks key={b} block={b} />)}
        </ul>
      ) : null}
    </EditableRecord>
  );
}

function SectionEditor({ section }: { section: RecordOf<'section'> }) {
  const { t } = useTranslation('plan');
  return (
    <>
      <RecordTextField kind="section" record={section} field="title" label={t('sectionTitle')} />
      <RecordTextField kind="section" record={section} field="body" label={t('sectionBody')} multiline />
      <Markdown text={section.body} />
    </>
  );
}

/** A structured part inside the chapter: a link to its own part of this screen, or to the screen that edits it. */
function ChapterBlockLinks({ block }: { block: PlanBlock }) {
  const { t } = useTranslation('plan');
  switch (block) {
    case 'goals':
    case 'organisation':
    case 'responsibilities':
      return <li><a href={`#/plan/${block}`}>{t(`part.${block}`)}</a></li>;
    case 'milestones':
      return (
        <>
          <li><a href="#/plan/milestones">{t('part.milestones')}</a></li>
          <li><a href="#/milestones">{t('editMilestones')}</a></li>
        </>
      );
    case 'budget':
      return <li><a href="#/budget">{t('editBudget')}</a></li>;
    case 'risks':
      return <li><a href="#/risks">{t('editRisks')}</a></li>;
  }
}
