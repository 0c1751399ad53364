import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordOf } from '../../../shared/model/kinds';
import { LoadProblem } from '../../components/LoadProblem';
import { RecordTextField } from '../../forms/fields';
import { Markdown } from '../../components/Markdown';
import { usePlanData } from './store';
import { Organisation } from './Organisation';
import { ResponsibilityTable } from './ResponsibilityTable';
import './i18n';

export function PlanScreen() {
  const { t } = useTranslation('plan');
  const { sections, goals, loaded, error, load } = usePlanData();
  if (!loaded) return error ? <LoadProblem message={error} onRetry={load} /> : <p>{t('translation:app.loading')}</p>;
  return (
    <article className="plan" aria-labelledby="plan-title">
      <h1 id="plan-title">{t('title')}</h1>
      <nav aria-label={t('sections')} className="plan-toc">
        <ul>
          {sections.map((s) => <li key={s.id}><a href={`#/plan`} onClick={(e) => { e.preventDefault(); document.getElementById(`section-${s.id}`)?.focus(); }}>{String(s.title)}</a></li>)}
          <li><a href="#/plan" onClick={(e) => { e.preventDefault(); document.getElementById('plan-goals')?.focus(); }}>{t('goals')}</a></li>
          <li><a href="#/plan" onClick={(e) => { e.preventDefault(); document.getElementById('plan-organisation')?.focus(); }}>{t('organisation')}</a></li>
          <li><a href="#/plan" onClick={(e) => { e.preventDefault(); document.getElementById('plan-responsibility')?.focus(); }}>{t('responsibility')}</a></li>
        </ul>
      </nav>
      {sections.map((s) => <PlanSection key={s.id} section={s} />)}
      <section aria-labelledby="plan-goals">
        <h2 id="plan-goals" tabIndex={-1}>{t('goals')}</h2>
        <ol className="goals">
          {goals.map((g) => (
            <li key={g.id} data-record-id={g.id}>
              <RecordTextField kind="goal" record={g} field="text" label={t('goalText', { number: g.number })} />
            </li>
          ))}
        </ol>
      </section>
      <Organisation />
      <ResponsibilityTable />
    </article>
  );
}

/** A section reads as text; "Rediger" turns it into fields that save as you go. */
function PlanSection({ section }: { section: RecordOf<'section'> }) {
  const { t } = useTranslation('plan');
  const [editing, setEditing] = useState(false);
  const title = String(section.title);
  return (
    <section className="plan-section" aria-labelledby={`section-${section.id}`} data-record-id={section.id}>
      <div className="section-head">
        <h2 id={`section-${section.id}`} tabIndex={-1}>{title}</h2>
        <button type="button" aria-pressed={editing} onClick={() => setEditing(!editing)}
          aria-label={`${editing ? t('preview') : t('edit')}: ${title}`}>
          {editing ? t('preview') : t('edit')}
        </button>
      </div>
      {editing ? (
        <div className="section-editor" role="group" aria-label={t('editing', { title })}>
          <RecordTextField kind="section" record={section} field="title" label={t('sectionTitle')} />
          <RecordTextField kind="section" record={section} field="body" label={t('sectionBody')} multiline />
          <Markdown text={String(section.body)} />
        </div>
      ) : (
        <Markdown text={String(section.body)} />
      )}
    </section>
  );
}
