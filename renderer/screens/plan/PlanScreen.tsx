import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planChapters, type PlanBlock } from '../../../shared/report/planChapters';
import { LoadProblem } from '../../components/LoadProblem';
import { AddRecordButton, useRecordRows, type Tombstone } from '../../components/records';
import { ListDetail, type NavListItem } from '../../ui';
import { GROUPS_LIST } from './GroupCard';
import { SECTIONS_LIST } from './PlanChapter';
import { PlanPartView } from './PlanPartView';
import { partInRoute, planParts, sectionPartKey, type PlanPart } from './planParts';
import { usePlanData } from './store';
import { usePlanRoute } from './usePlanRoute';
import './i18n';
import './plan.css';

/**
 * Prosjektplan: a list of the plan's parts (the title page, the chapters as the printout has them, and
 * under them goals, the organisation and each group, the ansvarstabell, the project years) beside the
 * chosen part, readable and editable there. The address keeps the choice (#/plan/<part>).
 */
export function PlanScreen() {
  const { t } = useTranslation('plan');
  const { sections, groups, goals, project, loaded, error, load } = usePlanData();
  const route = usePlanRoute();
  const titles = useMemo<Record<PlanBlock, string>>(() => ({
    goals: t('goals'), organisation: t('organisation'), responsibilities: t('responsibility'),
    milestones: t('milestones'), budget: t('budget'), risks: t('risks'),
  }), [t]);
  const chapters = useMemo(() => planChapters(sections, titles).map((c) => ({ ...c, id: c.section?.id ?? c.key })), [sections, titles]);
  const sectionRows = useRecordRows(SECTIONS_LIST, chapters);
  const groupRows = useRecordRows(GROUPS_LIST, groups);
  const parts = useMemo(() => planParts(chapters, groups.map((g) => g.id)), [chapters, groups]);
  const routed = partInRoute(route.segment, parts, { goals: goals.map((g) => g.id), project: project.map((p) => p.id) });
  // A part deleted here keeps its place (its «Angre») until the list is left.
  const gone = (list: string, rows: readonly { key: string; tombstone?: Tombstone }[]) => {
    const row = rows.find((r) => r.tombstone && route.segment?.endsWith(r.key));
    return row?.tombstone ? { list, tombstone: row.tombstone } : undefined;
  };
  const deleted = route.segment && !routed ? gone(SECTIONS_LIST, sectionRows) ?? gone(GROUPS_LIST, groupRows) : undefined;
  const shown: PlanPart | undefined = routed ?? (deleted ? undefined : parts[1] ?? parts[0]);
  useEffect(() => {
    if (loaded && shown) route.settle(shown.key);
  }, [loaded, shown?.key]);

  if (!loaded) return error ? <LoadProblem message={error} onRetry={load} /> : <p>{t('translation:app.loading')}</p>;
  const items: NavListItem[] = parts.map((p) => ({ key: p.key, href: `#/plan/${p.key}`, level: p.level, ...itemWords(p) }));

  function itemWords(p: PlanPart): { label: string; meta?: string } {
    switch (p.kind) {
      case 'edition':
        return { label: t('edition') };
      case 'section':
        return { label: p.chapter.title };
      case 'group':
        return { label: groups.find((g) => g.id === p.groupId)?.name ?? t('none') };
      case 'block':
        if (p.chapterTitle) return { label: p.chapterTitle };
        return { label: t(`part.${p.block}`), ...(p.block === 'goals' ? { meta: String(goals.length) } : {}) };
    }
  }

  return (
    <article className="plan" aria-labelledby="plan-title">
      <h1 id="plan-title">{t('title')}</h1>
      <ListDetail label={t('sections')} items={items} current={shown?.key} onSelect={route.open}
        listFooter={(
          <AddRecordButton kind="section" label={t('addSection')} undoLabel={t('undo.addSection')}
            fields={() => ({ title: t('newSection'), body: '' })} onCreated={(id) => route.open(sectionPartKey(id))} />
        )}>
        <PlanPartView part={shown} deleted={deleted} chapters={chapters} groupRows={groupRows} onOpen={route.open} />
      </ListDetail>
    </article>
  );
}
