import type { ReactNode } from 'react';
import { ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../../../shared/report/statusReport/content';
import type { GoalProgress } from '../../../shared/report/statusReport/goals';
import type { ReportMilestone } from '../../../shared/report/statusReport/milestones';
import type { ReportBudgetLine } from '../../../shared/report/statusReport/budget';
import type { ReportRisk, RiskScore } from '../../../shared/report/statusReport/risks';
import { fieldWord } from '../../../shared/report/fieldWords';
import { REPORT_DOCUMENT_WORDS } from '../../../shared/report/reportDocumentWords';
import { criteriaSentence } from '../../../shared/report/statusReport/criteriaText';
import { assessmentSentence, firstReportSentence } from '../../../shared/report/statusReport/riskText';
import { messageLanguage } from '../../i18n/messages';
import { formatDateNb } from '../../../shared/rules/dates';
import { formatKroner } from '../../../shared/rules/money';
import { DERIVED_PARTS, looksAhead, type DerivedPart } from '../../../shared/rules/statusReport';
import { TextField } from '../../forms/fields';
import { Badge, Button, StatusLight, StatusNotice, Table, type TableColumn } from '../../ui';
import { saveReportEntry, type EntryField } from './saveEntry';

const MAX_TEXT = 20_000;

/** A part's heading, scrolled to and focused (the route is the hash, so no #anchor links). */
function jumpTo(id: string): void {
  const heading = document.getElementById(id);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/**
 * The parts of a report the workbook fills in (shared/report/statusReport/*
 * computes them; this only shows them): progress per goal with the leader's
 * assessment, milestones, budget per line, risks since the previous report,
 * open action items and open sync conflicts, each with the leader's comment.
 * On a draft the assessments and comments are fields; on a published report
 * they read as written.
 */
export function ReportParts({ reportId, content: c, editable }: { reportId: string; content: ReportContent; editable: boolean }) {
  const { t } = useTranslation('reports');
  const part = (id: DerivedPart, summary: ReactNode, body: ReactNode) => (
    <section className="reports-part" aria-labelledby={`part-${reportId}-${id}`} data-part={id}>
      <div className="reports-part-head">
        <h3 id={`part-${reportId}-${id}`} tabIndex={-1}>{t(`part.${id}`)}</h3>
        {summary}
      </div>
      {body}
      <Entry reportId={reportId} field="partComments" entryKey={id} editable={editable}
        label={t('commentOn', { part: t(`part.${id}`) })} readLabel={t('comment')} value={c.report.partComments[id] ?? ''} />
    </section>
  );
  const m = c.milestones;
  const b = c.budget;
  const openRisks = c.risks.register.filter((r) => r.status !== 'closed');
  const riskWords = REPORT_DOCUMENT_WORDS[messageLanguage()];
  const assessment = assessmentSentence(c.risks, riskWords, formatDateNb);
  // A first report has nothing «new since the previous report»: one sentence says all are new.
  const firstRisks = firstReportSentence(c.risks, riskWords);
  const overdue = c.actions.filter((a) => a.overdue).length;
  return (
    <div className="reports-parts">
      <h3 className="reports-parts-title">{t('derivedTitle')}</h3>
      <p className="reports-hint">{editable ? t('derivedHintDraft') : t('derivedHintPublished')}</p>
      <nav className="reports-parts-nav" aria-label={t('partsNav')}>
        {DERIVED_PARTS.map((id) => (
          <Button key={id} variant="quiet" size="sm" onClick={() => jumpTo(`part-${reportId}-${id}`)}>{t(`part.${id}`)}</Button>
        ))}
      </nav>
      {part('goals', <Badge>{t('count.goals', { count: c.goals.length })}</Badge>, (
        c.goals.length === 0 ? <p className="reports-hint">{t('none')}</p> : (
          <ol className="reports-goals">
            {c.goals.map((g) => <GoalRow key={g.id} reportId={reportId} goal={g} editable={editable} />)}
          </ol>
        )
      ))}
      {part('milestones', (
        <span className="reports-badges">
          <Badge tone="success">{t('count.reached', { count: m.reached.length + m.reachedUndated.length })}</Badge>
          {m.late.length > 0 ? <Badge tone="danger">{t('count.late', { count: m.late.length })}</Badge> : null}
        </span>
      ), (
        <>
          <MilestoneList title={t('ms.reached')} rows={m.reached} when={(r) => formatDateNb(r.actualDate)} />
          {m.reachedUndated.length > 0 ? <MilestoneList title={t('ms.reachedUndated')} rows={m.reachedUndated} when={() => t('ms.noActualDate')} /> : null}
          <MilestoneList title={t('ms.late')} rows={m.late} when={(r) => r.plannedText} tone="danger" />
          {looksAhead(c.report.type)
            ? <MilestoneList title={t('ms.upcoming', { from: formatDateNb(m.nextFrom), to: formatDateNb(m.nextTo) })} rows={m.upcoming} when={(r) => r.plannedText} />
            : null}
          <MilestoneList title={t('ms.undated')} rows={m.undated} when={(r) => r.plannedText || t('ms.noPlannedDate')} />
        </>
      ))}
      {part('budget', <Badge>{t('elapsed', { percent: b.elapsedPercent })}</Badge>, (
        <>
          <p>{t('budgetLede', { date: formatDateNb(b.asOf), elapsed: b.elapsedPercent, spent: b.expenseTotal.percent })}</p>
          {b.warnings.map((w) => (
            <StatusNotice key={w.period} light={w.status === 'lagging' ? 'yellow' : 'red'} word={t(`pace.${w.status}`)}
              text={w.status === 'lagging'
                ? t('lagging', { period: w.period, actual: formatKroner(w.actual), expected: formatKroner(w.expectedByNow), shortfall: formatKroner(w.shortfall) })
                : t('overBudget', { period: w.period, actual: formatKroner(w.actual) })} />
          ))}
          <BudgetTable title={t('expenses')} actualHeader={t('spent')} rows={b.expenses} total={b.expenseTotal} />
          <BudgetTable title={t('income')} actualHeader={t('received')} rows={b.income} total={b.incomeTotal} />
        </>
      ))}
      {part('risks', (
        <span className="reports-badges">
          <Badge>{t('count.openRisks', { count: openRisks.length })}</Badge>
          {c.risks.added.length > 0 ? <Badge tone="warning">{t('count.newRisks', { count: c.risks.added.length })}</Badge> : null}
        </span>
      ), (
        <>
          {c.riskCriteria ? <p className="reports-hint">{criteriaSentence(c.riskCriteria, riskWords, formatDateNb)}</p> : null}
          {assessment ? <p className="reports-hint">{assessment}</p> : null}
          {firstRisks ? <p>{firstRisks}</p> : null}
          {firstRisks && c.risks.added.length === 0 ? null : <RiskList title={t('risks.new')} rows={c.risks.added} />}
          <SubList title={t('risks.moved')} rows={c.risks.moved} rowKey={(x) => x.risk.id}>
            {(x) => (
              <>
                <span className="reports-num">{x.risk.number}</span>
                <span className="reports-row-text">{x.risk.title}</span>
                <span className="reports-move">
                  <Score score={x.before} on={x.beforeOn} />
                  <ArrowRight aria-hidden="true" size={14} className="reports-move-arrow" /><span className="sr-only">{t('risks.to')}</span>
                  <Score score={x.risk} on={x.risk.assessedOn} />
                </span>
              </>
            )}
          </SubList>
          <RiskList title={t('risks.closed')} rows={c.risks.closed} />
        </>
      ))}
      {part('actions', (
        <span className="reports-badges">
          <Badge>{t('count.openActions', { count: c.actions.length })}</Badge>
          {overdue > 0 ? <Badge tone="danger">{t('count.overdue', { count: overdue })}</Badge> : null}
        </span>
      ), (
        c.actions.length === 0 ? <p className="reports-hint">{t('none')}</p> : (
          <ul className="reports-rows">
            {c.actions.map((a, i) => (
              <li key={i}>
                <span className="reports-row-text">
                  {a.text}
                  {a.meetingTitle ? <span className="reports-row-meta">{a.meetingTitle}</span> : null}
                </span>
                <span className="reports-row-meta">{a.owner || t('noOwner')}</span>
                <span className="reports-row-when tabular-nums">
                  {a.dueDate ? formatDateNb(a.dueDate) : t('noDue')}
                  {a.overdue ? <> <Badge tone="danger">{t('overdue')}</Badge></> : null}
                </span>
              </li>
            ))}
          </ul>
        )
      ))}
      {part('conflicts', c.conflicts.length > 0 ? <Badge tone="warning">{t('count.conflicts', { count: c.conflicts.length })}</Badge> : null, (
        c.conflicts.length === 0 ? <p className="reports-hint">{t('noConflicts')}</p> : (
          <ul className="reports-rows">
            {c.conflicts.map((x, i) => (
              <li key={i}>
                <span className="reports-row-text">{x.recordTitle || x.kind}</span>
                <span className="reports-row-meta">{fieldWord(messageLanguage(), x.field)}{x.otherReplicaName ? ` · ${x.otherReplicaName}` : ''}</span>
              </li>
            ))}
          </ul>
        )
      ))}
    </div>
  );
}

function GoalRow({ reportId, goal: g, editable }: { reportId: string; goal: GoalProgress; editable: boolean }) {
  const { t } = useTranslation('reports');
  const late = g.milestones.filter((x) => x.late).length;
  const overdue = g.actions.filter((x) => x.overdue).length;
  return (
    <li className="reports-goal">
      <p className="reports-goal-text"><span className="reports-num">{g.number}.</span>{g.text}</p>

      {g.milestones.length > 0 ? (
        <ul className="reports-chips" aria-label={t('goal.milestones', { number: g.number })}>
          {g.milestones.map((x) => (
            <li key={x.number}>
              <Badge tone={x.status === 'reached' ? 'success' : x.late ? 'danger' : 'neutral'}>
                {t('goal.milestone', { number: x.number, status: t(`translation:enums.milestoneStatus.${x.late ? 'late' : x.status}`) })}
                {x.actualDate ? ` ${formatDateNb(x.actualDate)}` : ''}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="reports-row-meta">
        {g.groups.length > 0 ? t('goal.groups', { groups: g.groups.join(', ') }) : t('goal.noGroups')}
        {' · '}{t('goal.actions', { count: g.actions.length })}
        {late > 0 ? <> · <strong>{t('goal.late', { count: late })}</strong></> : null}
        {overdue > 0 ? <> · <strong>{t('goal.overdue', { count: overdue })}</strong></> : null}
      </p>
      <Entry reportId={reportId} field="goalAssessments" entryKey={g.id} editable={editable}
        label={t('goal.assessmentOf', { number: g.number })} readLabel={t('goal.assessment')} value={g.assessment} empty={t('goal.noAssessment')} />
    </li>
  );
}

/** One entry of a map field: a field on a draft, the text as written on a published report. */
function Entry({ reportId, field, entryKey, editable, label, readLabel, value, empty }: {
  reportId: string; field: EntryField; entryKey: string; editable: boolean; label: string; readLabel: string; value: string; empty?: string;
}) {
  const { t } = useTranslation('reports');
  if (!editable) {
    if (value === '' && !empty) return null;
    return (
      <div className="reports-entry-read">
        <strong>{readLabel}:</strong>{' '}
        {value === '' ? <span className="reports-hint">{empty}</span> : <span className="reports-entry-text">{value}</span>}
      </div>
    );
  }
  return (
    <TextField label={label} value={value} multiline rows={2} draftKey={`status-report:${reportId}:${field}|${entryKey}`}
      validate={(v) => (v.length > MAX_TEXT ? t('tooLong', { max: MAX_TEXT.toLocaleString('nb-NO') }) : undefined)}
      onCommit={(v, o) => saveReportEntry(reportId, field, entryKey, v, label, o)} />
  );
}

function MilestoneList({ title, rows, when, tone }: {
  title: string; rows: readonly ReportMilestone[]; when: (r: ReportMilestone) => string; tone?: 'danger';
}) {
  const { t } = useTranslation('reports');
  return (
    <SubList title={title} rows={rows} rowKey={(r) => r.number}>
      {(r) => (
        <>
          <span className="reports-num">{r.number}</span>
          <span className="reports-row-text">
            {r.description}
            {r.status === 'in_progress' ? <> <Badge tone="accent">{t('translation:enums.milestoneStatus.in_progress')}</Badge></> : null}
          </span>
          {r.responsible ? <span className="reports-row-meta">{r.responsible}</span> : null}
          <span className={`reports-row-when${tone ? ` reports-row-${tone}` : ''}`}>{when(r)}</span>
        </>
      )}
    </SubList>
  );
}

type BudgetRow = ReportBudgetLine & { readonly sum?: boolean };

function BudgetTable({ title, actualHeader, rows, total }: {
  title: string; actualHeader: string; rows: readonly ReportBudgetLine[]; total: { planned: number; actual: number; percent: number };
}) {
  const { t } = useTranslation('reports');
  const columns: TableColumn<BudgetRow>[] = [
    {
      id: 'line', header: title, rowHeader: true, cell: (l) => (l.sum ? t('sum') : (
        <>
          {l.description}
          {l.pace === 'behind' ? <> <Badge tone="warning">{t('pace.behind')}</Badge></> : l.pace === 'over' ? <> <Badge tone="danger">{t('pace.over')}</Badge></> : null}
        </>
      )),
    },
    { id: 'planned', header: t('plan'), type: 'number', cell: (l) => formatKroner(l.planned) },
    { id: 'actual', header: actualHeader, type: 'number', cell: (l) => formatKroner(l.actual) },
    { id: 'percent', header: t('share'), type: 'number', shrink: true, cell: (l) => `${l.percent} %` },
  ];
  if (rows.length === 0) return null;
  const all: BudgetRow[] = [...rows, { description: '', ...total, pace: null, sum: true }];
  return (
    <Table className="reports-budget" aria-label={title} columns={columns} rows={all}
      rowKey={(l) => (l.sum ? '∑' : l.description)} rowProps={(l) => (l.sum ? { className: 'reports-sum-row' } : {})} />
  );
}

function RiskList({ title, rows }: { title: string; rows: readonly ReportRisk[] }) {
  const { t } = useTranslation('reports');
  return (
    <SubList title={title} rows={rows} rowKey={(r) => r.id}>
      {(r) => (
        <>
          <span className="reports-num">{r.number}</span>
          <span className="reports-row-text">{r.title}</span>
          <span className="reports-row-meta">{r.owner || t('noOwner')}</span>
          <span className="reports-row-when"><Score score={r} on={r.assessedOn} /></span>
        </>
      )}
    </SubList>
  );
}

/** One list of a derived part under its small heading, or «Ingen.» when it has no rows. */
function SubList<T>({ title, rows, rowKey, children }: {
  title: string; rows: readonly T[]; rowKey: (row: T) => string | number; children: (row: T) => ReactNode;
}) {
  const { t } = useTranslation('reports');
  return (
    <div className="reports-sub">
      <h4>{title}</h4>
      {rows.length === 0 ? <p className="reports-hint">{t('none')}</p> : (
        <ul className="reports-rows">
          {rows.map((r) => <li key={rowKey(r)}>{children(r)}</li>)}
        </ul>
      )}
    </div>
  );
}

/** A risk's score as a zone light with its number, and the date it was assessed. */
function Score({ score, on }: { score: RiskScore; on: string | null }) {
  const { t } = useTranslation('reports');
  return (
    <StatusLight zone={score.zone}>
      <span className="tabular-nums">{t('risks.score', { score: score.score, light: t(`translation:enums.reportLight.${score.zone}`) })}</span>
      {on ? <span className="reports-row-meta"> {formatDateNb(on)}</span> : null}
    </StatusLight>
  );
}
