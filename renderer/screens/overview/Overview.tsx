import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { percentOf } from '../../../shared/rules/budgetProgress';
import { formatDateNb, todayIso } from '../../../shared/rules/dates';
import { formatAmount, formatKroner } from '../../../shared/rules/money';
import { parsePlannedDate } from '../../../shared/rules/plannedDate';
import { dayNumber, nextMilestones, periodOverlaps, projectPosition } from '../../../shared/rules/projectCalendar';
import { budgetStatus, isActionOpen, isActionOverdue, milestoneStatus, riskStatus } from '../../../shared/rules/projectStatus';
import { riskScore, riskZone } from '../../../shared/rules/riskMatrix';
import { riskCriteria, type ZoneBands } from '../../../shared/rules/riskCriteria';
import { useWorkbookStore } from '../../stores/workbookStore';
import { budgetFigures, type BudgetFigures } from '../budget/figures';
import { useBudgetData, type PeriodRow } from '../budget/store';
import { useDateWords } from '../milestones/format';
import { useMilestoneData, type MilestoneRow } from '../milestones/store';
import { StatusIcon, StatusNotice as StatusLight } from '../../ui';
import { useOverviewData, type ActionRow, type ProjectRow, type RiskRow } from './store';
import { ReportingDeadlines } from './ReportingDeadlines';
import './i18n';
import './overview.css';

const dates = (from: string, to: string) => `${formatDateNb(from)}–${formatDateNb(to)}`;

/** Oversikt: where the project stands today, in words first and colours second. */
export function Overview() {
  const { t } = useTranslation('overview');
  const summaryTitle = useWorkbookStore((s) => s.summary?.title);
  const overview = useOverviewData();
  const budget = useBudgetData();
  const plan = useMilestoneData();
  const today = todayIso();
  const { periods, lines, plans, actuals } = budget;
  const figures = useMemo(() => budgetFigures({ periods, lines, plans, actuals }, today), [periods, lines, plans, actuals, today]);
  const error = overview.error ?? budget.error ?? plan.error;
  const loaded = overview.loaded && budget.loaded && plan.loaded;
  const project = overview.project;
  const { bands } = riskCriteria(project);
  const title = project?.title ?? summaryTitle ?? '';

  return (
    <section aria-labelledby="overview-title" className="screen overview-screen">
      <header className="screen-head">
        <h1 id="overview-title">{title || t('untitled')}</h1>
        {project ? (
          <p className="lede">
            <span className="nowrap">{t('period', { dates: dates(project.startDate, project.endDate) })}</span>
            {project.parties.length > 0 ? <> · {project.parties.join(t('where.and'))}</> : null}
            {project.funder ? <> · {t('funder', { funder: project.funder })}</> : null}
          </p>
        ) : null}
      </header>
      {error ? <p role="alert">{error}</p> : !loaded ? <p>{t('loading')}</p> : (
        <>
          <StatusSection figures={figures} milestones={plan.milestones} risks={overview.risks} today={today} bands={bands} />
          <div className="overview-grid">
            <WhereWeAre project={project} periods={figures.periods} milestones={plan.milestones} today={today} />
            <ActionItems actions={overview.actions} today={today} />
            <ReportingDeadlines project={project} periods={periods} today={today} />
            <BudgetPerYear figures={figures} />
            <RedRisks risks={overview.risks} bands={bands} />
          </div>
        </>
      )}
    </section>
  );
}

function StatusSection({ figures, milestones, risks, today, bands }: {
  figures: BudgetFigures; milestones: MilestoneRow[]; risks: RiskRow[]; today: string; bands: ZoneBands;
}) {
  const { t } = useTranslation('overview');
  const labels = (ids: string[]) => ids.map((id) => figures.periods.find((p) => p.id === id)?.label ?? '').join(t('where.and'));
  const ms = milestoneStatus(milestones, today);
  const bs = budgetStatus(figures.planned, figures.pace);
  const rs = riskStatus(risks, bands);
  const budgetText =
    bs.reason === 'unbalanced' ? t('status.budgetUnbalanced', { amount: formatKroner(Math.abs(bs.difference)) })
      : bs.reason === 'over_budget' ? t('status.budgetOver', { periods: labels(bs.periodIds) })
        : bs.reason === 'lagging' ? t('status.budgetLagging', { amount: formatKroner(bs.shortfall), periods: labels(bs.periodIds) })
          : t('status.budgetOk');
  const riskText = rs.red > 0 ? t('status.risksRed', { count: rs.red })
    : rs.yellow > 0 ? t('status.risksYellow', { count: rs.yellow }) : t('status.risksOk');
  const cards = [
    { key: 'milestones', title: t('status.milestones'), light: ms.light, text: ms.late > 0 ? t('status.milestonesLate', { count: ms.late }) : t('status.milestonesOk'), href: '#/milestones', link: t('status.seeMilestones') },
    { key: 'budget', title: t('status.budget'), light: bs.light, text: budgetText, href: '#/budget', link: t('status.seeBudget') },
    { key: 'risks', title: t('status.risks'), light: rs.light, text: riskText, href: '#/risks', link: t('status.seeRisks') },
  ];
  return (
    <section aria-labelledby="status-title" className="status-section">
      <h2 id="status-title">{t('status.title')}</h2>
      <ul className="status-cards">
        {cards.map((c) => (
          <li key={c.key} className={`status-card status-card-${c.light}`} data-status={c.key}>
            <h3>{c.title}</h3>
            <StatusLight light={c.light} text={c.text} />
            <a href={c.href}>{c.link}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function WhereWeAre({ project, periods, milestones, today }: {
  project?: ProjectRow; periods: PeriodRow[]; milestones: MilestoneRow[]; today: string;
}) {
  const { t } = useTranslation('overview');
  const words = useDateWords();
  const overlaps = periodOverlaps(periods);
  const next = nextMilestones(milestones, today, 3);
  const span = project
    ? { startDate: project.startDate, endDate: project.endDate }
    : periods.length > 0 ? { startDate: periods[0]!.startDate, endDate: periods.map((p) => p.endDate).sort().at(-1)! } : undefined;
  const position = span ? projectPosition(span, periods, today) : undefined;
  const labelOf = (id: string) => periods.find((p) => p.id === id)?.label ?? '';

  let where = '';
  // "1 183 dager": day counts grouped like every other number in the app.
  if (position?.kind === 'before') {
    where = t('where.before', { count: position.daysUntilStart, days: formatAmount(position.daysUntilStart), date: formatDateNb(span!.startDate) });
  } else if (position?.kind === 'after') {
    where = t('where.after', { count: position.daysSinceEnd, days: formatAmount(position.daysSinceEnd), date: formatDateNb(span!.endDate) });
  } else if (position?.kind === 'during') {
    where = position.periodIds.length === 0 ? t('where.gap') : t('where.during', {
      periods: position.periodIds.map((id) => {
        const p = periods.find((x) => x.id === id);
        return p ? `${p.label} (${dates(p.startDate, p.endDate)})` : '';
      }).join(t('where.and')),
    });
  }

  return (
    <section aria-labelledby="where-title" className="panel">
      <h2 id="where-title">{t('where.title')}</h2>
      <p className="where-text">
        {t('where.today', { date: formatDateNb(today) })} <strong>{where}</strong>
        {position?.kind === 'during' ? <> {t('where.share', { percent: Math.round(position.projectShare * 100) })}</> : null}
      </p>
      {position?.kind === 'during' && position.periodIds.length > 1 ? <p className="note">{t('where.bothYears')}</p> : null}
      {span ? <PlanBar span={span} periods={periods} today={today} /> : null}
      {overlaps.map((o) => {
        const first = periods.find((p) => p.id === o.firstId);
        const second = periods.find((p) => p.id === o.secondId);
        if (!first || !second) return null;
        return (
          <p key={`${o.firstId}-${o.secondId}`} className="note overlap-note">
            <strong>{t('where.overlapWord')}:</strong>{' '}
            {t('where.overlap', {
              first: labelOf(first.id), end: formatDateNb(first.endDate), second: labelOf(second.id), start: formatDateNb(second.startDate),
              days: o.from === o.to ? formatDateNb(o.from) : dates(o.from, o.to),
            })}
          </p>
        );
      })}
      <h3>{t('where.next')}</h3>
      {next.length === 0 ? <p className="empty">{t('where.noNext')}</p> : (
        <ol className="next-milestones">
          {next.map((m) => {
            const p = parsePlannedDate(m.plannedText);
            return (
              <li key={m.id}>
                <span className="tl-number-small">{m.number}</span>{' '}
                <span>
                  {m.description}{' '}
                  <span className="next-when">
                    {m.plannedText}
                    {p.kind === 'range' ? <> · {words.range(p)} · {words.weeks(p.from, p.to)}</> : null}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <a href="#/milestones">{t('where.seeAll')}</a>
    </section>
  );
}

/** The project's span with its years as segments and today's place; the text above says the same in words. */
function PlanBar({ span, periods, today }: { span: { startDate: string; endDate: string }; periods: PeriodRow[]; today: string }) {
  const start = dayNumber(span.startDate);
  const length = Math.max(1, dayNumber(span.endDate) - start + 1);
  const at = (iso: string) => Math.min(100, Math.max(0, ((dayNumber(iso) - start) / length) * 100));
  const todayAt = today < span.startDate || today > span.endDate ? undefined : at(today);
  return (
    <div className="plan-bar" aria-hidden="true">
      <div className="plan-bar-track">
        {periods.map((p, i) => (
          <div key={p.id} className={`plan-bar-segment plan-bar-segment-${i % 2}`}
            style={{ left: `${at(p.startDate)}%`, width: `${Math.max(0, at(p.endDate) - at(p.startDate) + 100 / length)}%` }}>
            <span>{p.label}</span>
          </div>
        ))}
        {todayAt !== undefined ? <div className="plan-bar-today" style={{ left: `${todayAt}%` }} /> : null}
      </div>
      <div className="plan-bar-ends">
        <span>{formatDateNb(span.startDate)}</span>
        <span>{formatDateNb(span.endDate)}</span>
      </div>
    </div>
  );
}

function ActionItems({ actions, today }: { actions: ActionRow[]; today: string }) {
  const { t } = useTranslation(['overview', 'translation']);
  const open = actions.filter(isActionOpen);
  const overdue = open.filter((a) => isActionOverdue(a, today));
  const sorted = [...open].sort((a, b) => {
    const ao = isActionOverdue(a, today) ? 0 : 1;
    const bo = isActionOverdue(b, today) ? 0 : 1;
    if (ao !== bo) return ao - bo;
    return (a.dueDate ?? '9999') < (b.dueDate ?? '9999') ? -1 : (a.dueDate ?? '9999') > (b.dueDate ?? '9999') ? 1 : 0;
  });
  const shown = sorted.slice(0, 6);
  return (
    <section aria-labelledby="actions-title" className="panel">
      <h2 id="actions-title">{t('actions.title')}</h2>
      <dl className="count-pair">
        <div><dt>{t('actions.open')}</dt><dd>{open.length}</dd></div>
        <div className={overdue.length > 0 ? 'count-overdue' : undefined}>
          <dt>{t('actions.overdue')}</dt>
          <dd>{overdue.length > 0 ? <StatusIcon light="red" /> : null}{overdue.length}</dd>
        </div>
      </dl>
      {open.length === 0 ? <p className="empty">{t('actions.none')}</p> : (
        <ul className="action-list">
          {shown.map((a) => {
            const late = isActionOverdue(a, today);
            return (
              <li key={a.id} className={late ? 'action-overdue' : undefined}>
                <span className="action-text">{a.text}</span>{' '}
                <span className="action-meta">
                  {a.dueDate ? t('actions.due', { date: formatDateNb(a.dueDate) }) : t('actions.noDue')}
                  {' · '}{t(`translation:enums.actionStatus.${a.status}`)}
                  {late ? ' ' : null}
                  {late ? <span className="overdue-mark"><StatusIcon light="red" /> {t('actions.overdue')}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {sorted.length > shown.length ? <p className="muted">{t('actions.more', { count: sorted.length - shown.length })}</p> : null}
      <a href="#/actions">{t('actions.seeAll')}</a>
    </section>
  );
}

function BudgetPerYear({ figures }: { figures: BudgetFigures }) {
  const { t } = useTranslation('overview');
  const { planned, actual, periods } = figures;
  return (
    <section aria-labelledby="budget-year-title" className="panel">
      <h2 id="budget-year-title">{t('budget.title')}</h2>
      <table className="data-table budget-years">
        <caption>{t('budget.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budget.year')}</th>
            <th scope="col" className="amount-col">{t('budget.planned')}</th>
            <th scope="col" className="amount-col">{t('budget.spent')}</th>
            <th scope="col" className="amount-col">{t('budget.share')}</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p, i) => {
            const plannedExpenses = planned.periods[i]?.expenses ?? 0;
            const spent = actual.periods[i]?.expenses ?? 0;
            const share = percentOf(spent, plannedExpenses);
            return (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td className="amount">{formatKroner(plannedExpenses)}</td>
                <td className="amount">{formatKroner(spent)}</td>
                <td className="amount share-cell">
                  <span className="share-bar" aria-hidden="true"><span style={{ width: `${Math.min(100, share)}%` }} /></span>
                  {share} %
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('budget.total')}</th>
            <td className="amount">{formatKroner(planned.expenses)}</td>
            <td className="amount">{formatKroner(actual.expenses)}</td>
            <td className="amount">{percentOf(actual.expenses, planned.expenses)} %</td>
          </tr>
        </tfoot>
      </table>
      <a href="#/budget">{t('status.seeBudget')}</a>
    </section>
  );
}

function RedRisks({ risks, bands }: { risks: RiskRow[]; bands: ZoneBands }) {
  const { t } = useTranslation(['overview', 'translation']);
  const red = risks
    .filter((r) => r.status !== 'closed' && riskZone(r.probability, r.consequence, bands) === 'red')
    .sort((a, b) => riskScore(b.probability, b.consequence) - riskScore(a.probability, a.consequence) || a.number - b.number);
  return (
    <section aria-labelledby="red-risks-title" className="panel">
      <h2 id="red-risks-title">{t('risks.title')}</h2>
      {red.length === 0 ? <p className="empty">{t('risks.none')}</p> : (
        <ul className="risk-list">
          {red.map((r) => (
            <li key={r.id}>
              <span className="risk-number">{r.number}</span>{' '}
              <span>
                <span className="risk-title">{r.title}</span>{' '}
                <span className="risk-meta">
                  <StatusIcon light="red" />
                  <span>
                    {t('risks.zone')}:{' '}
                    {t('risks.scores', {
                      probability: t(`translation:enums.probability.${r.probability}`),
                      consequence: t(`translation:enums.consequence.${r.consequence}`),
                      score: riskScore(r.probability, r.consequence),
                    })}
                  </span>
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <a href="#/risks">{t('status.seeRisks')}</a>
    </section>
  );
}
