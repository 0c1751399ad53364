import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateNb, todayIso } from '../../../shared/rules/dates';
import { parsePlannedDate } from '../../../shared/rules/plannedDate';
import { milestoneStatus } from '../../../shared/rules/projectStatus';
import { MilestoneTable, type MilestoneGroup } from './MilestoneTable';
import { MilestoneTimeline } from './MilestoneTimeline';
import { useMilestoneData } from './store';
import './i18n';
import './milestones.css';
import { Segmented, StatusNotice } from '../../ui';

type View = 'list' | 'timeline';

/** Milepæler: the plan's milestones as a list per project year or as a timeline by month and ISO week. */
export function Milestones() {
  const { t } = useTranslation('milestones');
  const { periods, milestones, loaded, error } = useMilestoneData();
  const [view, setView] = useState<View>('list');
  const today = todayIso();

  const sortedPeriods = [...periods].sort((a, b) => a.number - b.number);
  // Kept while the list is unchanged: the table moves focus once a reload brings a new one.
  const sorted = useMemo(() => [...milestones].sort((a, b) => a.number - b.number), [milestones]);
  // Every project year gets its table, empty or not, so a milestone can be added to it.
  const groups: MilestoneGroup[] = sortedPeriods.map((p) => ({
    key: p.id,
    heading: t('periodHeading', { label: p.label, dates: `${formatDateNb(p.startDate)}–${formatDateNb(p.endDate)}` }),
    periodId: p.id,
    periodLabel: p.label,
    milestones: sorted.filter((m) => m.periodId === p.id),
  }));
  const orphans = sorted.filter((m) => !sortedPeriods.some((p) => p.id === m.periodId));
  if (orphans.length > 0 || groups.length === 0) {
    groups.push({ key: 'none', heading: t('noPeriod'), periodId: null, periodLabel: t('noPeriod'), milestones: orphans });
  }
  const unknown = sorted.filter((m) => parsePlannedDate(m.plannedText).kind === 'unparsed');

  const status = milestoneStatus(sorted, today);
  const reached = sorted.filter((m) => m.status === 'reached').length;
  const span = sortedPeriods.length > 0
    ? { from: sortedPeriods[0]!.startDate, to: sortedPeriods.map((p) => p.endDate).sort().at(-1)! }
    : undefined;

  return (
    <section aria-labelledby="milestones-title" className="screen milestones-screen">
      <header className="screen-head">
        <h1 id="milestones-title">{t('title')}</h1>
        <p className="ms-hint">{t('intro')}</p>
      </header>
      {error ? <p role="alert">{error}</p> : !loaded ? <p>{t('loading')}</p> : (
        <>
          {sorted.length === 0 ? <p className="empty">{t('none')}</p> : (
            <div className="notices">
              <StatusNotice light={status.light}
                text={`${status.late > 0 ? t('summary.late', { count: status.late, total: status.total }) : t('summary.noneLate', { total: status.total })} ${t('summary.reached', { count: reached })}`}>
                <p className="status-note">{t('summary.lateRule')}</p>
                {unknown.length > 0 ? (
                  <p className="status-note ms-unknown-note">
                    {t('summary.unknown', { count: unknown.length, texts: unknown.map((m) => t('quotedWithNumber', { number: m.number, text: m.plannedText })).join(', ') })}
                  </p>
                ) : null}
              </StatusNotice>
            </div>
          )}
          <div className="ms-view">
            <Segmented<View> label={t('view.label')} value={view} onChange={setView}
              options={(['list', 'timeline'] as const).map((v) => ({ value: v, label: t(`view.${v}`) }))} />
          </div>
          {view === 'list'
            ? <MilestoneTable groups={groups} all={sorted} periods={sortedPeriods} today={today} />
            : <MilestoneTimeline milestones={sorted} span={span} today={today} />}
        </>
      )}
    </section>
  );
}
