import { isoWeekNumber, type PlannedDate } from '../rules/plannedDate.js';
import { formatAmount, formatKroner } from '../rules/money.js';
import { actionRows, budgetReport, milestoneRows, riskRows, type BudgetPeriod, type BudgetSums, type MilestoneRow } from './derived.js';
import { isoLocalDate, reportDates, type ReportDates } from './dates.js';
import { cell, fact, heading, paragraph, run, type DocumentBlock, type DocumentModel, type DocumentTableRow } from './document.js';
import { documentFooter, documentKeywords, projectTitleOf, reportDay } from './documentParts.js';
import { actionsSummaryLine, DOCUMENT_LANGUAGE, DOCUMENT_WORDS, fillWords, type DocumentWords } from './documentWords.js';
import { REPORT_LABELS, type ReportLabels } from './labels.js';
import { markdownBlocks } from './markdownDocument.js';
import { REPORT_DOCUMENT_WORDS } from './reportDocumentWords.js';
import { assessmentAsOf } from './riskAssessed.js';
import { versionSentence } from './statusReport/riskText.js';
import type { WordReportInput } from './minutesDocument.js';

/**
 * Today's status report (renderer/print/StatusView) as a document: the
 * milestones reached and late, the budget per project year, the red and
 * yellow risks and the open action items. TODO(h-reports): when status
 * reports are records with a published snapshot, build this from the report
 * record (its period, summary, comments and frozen parts) instead.
 */
export function statusDocument(input: WordReportInput): DocumentModel {
  const { snapshot: s, lang } = input;
  const W = DOCUMENT_WORDS[lang];
  const L = REPORT_LABELS[lang];
  const D = reportDates(lang);
  const printedOn = reportDay(input.date);
  const today = isoLocalDate(printedOn);
  const project = s.project[0];
  const milestones = milestoneRows(s, today);
  const reached = milestones.filter((m) => m.reached);
  const late = milestones.filter((m) => m.late);
  const budget = budgetReport(s);
  const risks = riskRows(s).filter((r) => r.status !== 'closed' && r.zone !== 'green').sort((a, b) => b.score - a.score || a.number - b.number);
  const actions = actionRows(s, today).filter((a) => a.open);
  const overdue = actions.filter((a) => a.overdue).length;
  const recipients = [W.status.toSteering, project?.funder].filter(Boolean).join(', ');

  const notes = [
    W.budget.wholeKroner,
    budget.overlapDates.length ? fillWords(W.budget.overlap, { dates: budget.overlapDates.map((d) => D.date(d)).join(', ') }) : '',
    budget.outsidePeriods ? fillWords(W.budget.outside, { amount: formatKroner(budget.outsidePeriods) }) : '',
  ].filter(Boolean).join(' ');

  const blocks: DocumentBlock[] = [
    paragraph([run(W.status.title, { bold: true })], 'muted'),
    heading(1, projectTitleOf(project, lang)),
    fact(W.status.date, D.localDate(printedOn)),
    fact(W.status.to, recipients),
    ...(project?.startDate ? [fact(W.status.period, `${D.date(project.startDate)}–${D.date(project.endDate)}`)] : []),

    heading(2, `1. ${W.status.milestones}`),
    paragraph(fillWords(W.status.summary, { reached: reached.length, total: milestones.length, late: late.length })),
    heading(3, W.status.reached),
    reached.length ? milestoneTable(reached, W, L, D) : paragraph(W.status.reachedNone, 'muted'),
    heading(3, W.status.late),
    late.length ? milestoneTable(late, W, L, D) : paragraph(W.status.lateNone, 'muted'),

    heading(2, `2. ${W.status.budget}`),
    {
      type: 'table',
      columns: [
        { header: W.milestones.year, width: 3.4 },
        { header: W.budget.planned, align: 'right', width: 1.6 },
        { header: W.budget.actual, align: 'right', width: 1.6 },
        { header: W.budget.remaining, align: 'right', width: 1.6 },
        { header: W.budget.share, align: 'right', width: 1 },
      ],
      rows: [...budgetRows(W.budget.expenses, budget.expenseSums, budget.periods, W, D), ...budgetRows(W.budget.income, budget.incomeSums, budget.periods, W, D)],
    },
    paragraph(notes, 'small'),

    heading(2, `3. ${W.status.risks}`),
    // Which assessment the risks are as of today: «Risikovurdering nr. 3 per 12.05.2022.»
    paragraph(versionSentence(assessmentAsOf(s, today), REPORT_DOCUMENT_WORDS[lang], D.date), 'muted'),
    risks.length === 0 ? paragraph(W.status.risksNone, 'muted') : {
      type: 'table',
      columns: [
        { header: W.risk.number, width: 0.7 }, { header: W.risk.risk, width: 3 }, { header: W.risk.score, width: 1 },
        { header: W.risk.measures, width: 4 }, { header: W.risk.owner, width: 1.8 },
      ],
      rows: risks.map((r) => ({
        cells: [
          cell(String(r.number), { bold: true }),
          [paragraph([run(r.title, { bold: true })]), paragraph(L.zone[r.zone], 'small')],
          cell(`${r.score} ${L.zoneShort[r.zone]}`),
          markdownBlocks(r.measures, 3),
          cell(r.owner || '–'),
        ],
      })),
    },

    heading(2, `4. ${W.status.actions}`),
    ...(actions.length === 0 ? [paragraph(W.status.actionsNone, 'muted')] : [paragraph(actionsSummaryLine(W.status, actions.length, overdue) ?? ''), {
      type: 'table',
      columns: [{ header: W.meeting.action, width: 5 }, { header: W.meeting.owner, width: 2.4 }, { header: W.meeting.due, width: 1.6 }, { header: W.meeting.status, width: 1.8 }],
      rows: actions.map((a) => ({
        cells: [
          [paragraph(a.text), ...(a.meetingTitle ? [paragraph(a.meetingTitle, 'small')] : [])],
          cell(a.owner || '–'),
          cell(D.date(a.dueDate) || '–'),
          [paragraph([run(L.actionStatus[a.status]), ...(a.overdue ? [run(` · ${W.status.overdue}`, { bold: true })] : [])])],
        ],
      })),
    } satisfies DocumentBlock]),
    ...(project?.funder ? [paragraph([run(fillWords(W.common.funderCredit, { funder: project.funder }), { bold: true })])] : []),
  ];
  return {
    meta: {
      title: `${W.status.title} ${D.localDate(printedOn)} – ${projectTitleOf(project, lang)}`,
      subject: W.status.subject,
      author: W.common.author,
      keywords: documentKeywords(project),
      language: DOCUMENT_LANGUAGE[lang],
    },
    footer: documentFooter(project, printedOn, input.lastChange, lang),
    blocks,
  };
}

/** "30.08.2021–05.09.2021 (uke 35)", "01.03.2022", '' for an unscheduled or unreadable date (PlanTables' PlannedRange). */
function plannedRange(p: PlannedDate, D: ReportDates): string {
  if (p.kind !== 'range') return '';
  if (p.from === p.to) return D.date(p.from);
  return `${D.date(p.from)}–${D.date(p.to)}${p.precision === 'week' ? ` (${D.week(isoWeekNumber(p.from))})` : ''}`;
}

function milestoneTable(rows: readonly MilestoneRow[], W: DocumentWords, L: ReportLabels, D: ReportDates): DocumentBlock {
  const periods = [...new Set(rows.map((m) => m.period))];
  const body: DocumentTableRow[] = periods.flatMap((period) => [
    ...(period ? [{ emphasis: 'group' as const, cells: [cell(period)] }] : []),
    ...rows.filter((m) => m.period === period).map((m) => ({
      cells: [
        cell(String(m.number)),
        cell(m.description),
        cell(m.plannedText || '–'),
        cell(plannedRange(m.planned, D)),
        cell(`${L.milestoneStatus[m.status]}${m.late && m.status !== 'late' ? ` (${L.milestoneStatus.late.toLowerCase()})` : ''}`),
      ],
    })),
  ]);
  return {
    type: 'table',
    columns: [
      { header: W.milestones.number, width: 0.7 }, { header: W.milestones.description, width: 4 }, { header: W.milestones.planned, width: 2 },
      { header: W.milestones.derived, width: 2.6 }, { header: W.milestones.status, width: 1.6 },
    ],
    rows: body,
  };
}

function budgetRows(label: string, t: BudgetSums, periods: readonly BudgetPeriod[], W: DocumentWords, D: ReportDates): DocumentTableRow[] {
  const share = (actual: number, planned: number) => (planned ? `${Math.round((100 * actual) / planned)} %` : '–');
  return [
    { emphasis: 'group', cells: [cell(label)] },
    ...periods.map((p, i) => ({
      cells: [
        [paragraph([run(`${p.label} `), run(`(${D.date(p.startDate)}–${D.date(p.endDate)})`)])],
        cell(formatAmount(t.planned[i]!)),
        cell(formatAmount(t.actual[i]!)),
        cell(formatAmount(t.planned[i]! - t.actual[i]!)),
        cell(share(t.actual[i]!, t.planned[i]!)),
      ],
    })),
    {
      emphasis: 'sum',
      cells: [cell(W.common.total), cell(formatAmount(t.plannedTotal)), cell(formatAmount(t.actualTotal)),
        cell(formatAmount(t.plannedTotal - t.actualTotal)), cell(share(t.actualTotal, t.plannedTotal))],
    },
  ];
}
