import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planChapters, type PlanBlock } from '../../../shared/report/planChapters';
import { LoadProblem } from '../../components/LoadProblem';
import { AddRecordButton, DeletedRecord, useRecordRows } from '../../components/records';
import { chapterHeadingId, PlanChapterView, SECTIONS_LIST } from './PlanChapter';
import { PlanEdition } from './PlanEdition';
import { usePlanData } from './store';
import './i18n';
import './plan.css';

/**
 * Prosjektplan: the plan's chapters as the printout has them (one rule,
 * shared/report/planChapters.ts), each section readable and editable in
 * place, and the structured parts (goals, organisation, ansvarstabell,
 * project years) editable inside the chapter they belong to.
 */
export function PlanScreen() {
  const { t } = useTranslation('plan');
  const { sections, loaded, error, load } = usePlanData();
  const titles = useMemo<Record<PlanBlock, string>>(() => ({
    goals: t('goals'), organisation: t('organisation'), responsibilities: t('responsibility'),
    milestones: t('milestones'), budget: t('budget'), risks: t('risks'),
  }), [t]);
  const chapters = useMemo(() => planChapters(sections, titles).map((c) => ({ ...c, id: c.section?.id ?? c.key })), [sections, titles]);
  const rows = useRecordRows(SECTIONS_LIST, chapters);
  if (!loaded) return error ? <LoadProblem message={error} onRetry={load} /> : <p>{t('translation:app.loading')}</p>;
  return (
    <article className="plan" aria-labelledby="plan-title">
      <h1 id="plan-title">{t('title')}</h1>
      <PlanEdition />
      <nav aria-label={t('sections')} className="plan-toc">
        <ul>
          {chapters.map((c) => (
            <li key={c.key}>
              <a href="#/plan" onClick={(e) => {
                e.preventDefault();
                document.getElementById(chapterHeadingId(c))?.focus();
              }}>{c.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {rows.map((row) => row.tombstone
        ? <DeletedRecord key={row.key} list={SECTIONS_LIST} tombstone={row.tombstone} />
        : <PlanChapterView key={row.key} chapter={row.record} chapters={chapters} />)}
      <AddRecordButton kind="section" label={t('addSection')} undoLabel={t('undo.addSection')}
        fields={() => ({ title: t('newSection'), body: '' })} />
    </article>
  );
}
