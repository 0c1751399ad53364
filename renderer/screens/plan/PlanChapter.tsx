import { useTranslation } from 'react-i18next';
import type { PlanBlock, PlanChapter } from '../../../shared/report/planChapters';
import type { RecordOf } from '../../../shared/model/kinds';
import { EditableRecord, useMoveInList } from '../../components/records';
import { Markdown } from '../../components/Markdown';
import { RecordTextField } from '../../forms/fields';
import { Organisation } from './Organisation';
import { PlanGoals } from './PlanGoals';
import { PlanPeriods } from './PlanPeriods';
import { ResponsibilityTable } from './ResponsibilityTable';

export const SECTIONS_LIST = 'plan-sections';

/** The heading a table-of-contents link moves focus to. */
export const chapterHeadingId = (c: PlanChapter) => `chapter-${c.key}`;

/** One chapter: a section (reads as text, «Rediger» opens its fields) or a part's own chapter, and the parts it holds. */
export function PlanChapterView({ chapter, chapters }: { chapter: PlanChapter; chapters: readonly PlanChapter[] }) {
  const sections = chapters.map((c) => c.section).filter((s): s is RecordOf<'section'> => s !== undefined);
  const move = useMoveInList('section', sections, (s) => s.title);
  const headingId = chapterHeadingId(chapter);
  const blocks = chapter.blocks.map((b) => <ChapterBlock key={b} block={b} />);
  if (!chapter.section) {
    return (
      <section className="plan-section plan-chapter" aria-labelledby={headingId}>
        <h2 id={headingId} tabIndex={-1}>{chapter.title}</h2>
        {blocks}
      </section>
    );
  }
  const section = chapter.section;
  return (
    <EditableRecord as="section" className="plan-section plan-chapter"
      target={{ kind: 'section', id: section.id, name: section.title, list: SECTIONS_LIST }}
      heading={<h2 id={headingId} tabIndex={-1}>{section.title}</h2>}
      move={move(section)}
      view={<Markdown text={section.body} />}
      editor={() => <SectionEditor section={section} />}>
      {blocks}
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

/** A structured part inside its chapter: editable here, or a link to the screen that edits it. */
function ChapterBlock({ block }: { block: PlanBlock }) {
  const { t } = useTranslation('plan');
  switch (block) {
    case 'goals':
      return <PlanGoals />;
    case 'organisation':
      return <Organisation />;
    case 'responsibilities':
      return <ResponsibilityTable />;
    case 'milestones':
      return (
        <>
          <p className="plan-link"><a href="#/milestones">{t('editMilestones')}</a></p>
          <PlanPeriods />
        </>
      );
    case 'budget':
      return <p className="plan-link"><a href="#/budget">{t('editBudget')}</a></p>;
    case 'risks':
      return <p className="plan-link"><a href="#/risks">{t('editRisks')}</a></p>;
  }
}
