import { WorkbookError } from '../errors.js';
import { kindWord } from '../model/kindLabels.js';
import { msg } from '../messages/catalogue.js';
import { formatKroner } from '../rules/money.js';
import type { AccountsCell, AccountsSide } from '../rules/nbAccounts.js';
import { sharePercentForDisplay } from '../rules/ownContribution.js';
import { isNbReport, looksAhead, NB_PARTS, reportSections } from '../rules/statusReport.js';
import { reportDates, type ReportDates, type ReportLanguage } from './dates.js';
import { cell, fact, heading, paragraph, run, type DocumentBlock, type DocumentModel, type DocumentTableRow } from './document.js';
import { documentFooter, documentKeywords, reportDay } from './documentParts.js';
import { DOCUMENT_LANGUAGE, DOCUMENT_WORDS, fillWords } from './documentWords.js';
import { fieldWord } from './fieldWords.js';
import { criteriaSentence } from './statusReport/criteriaText.js';
import { assessmentSentence, firstReportSentence, newRisksTitle } from './statusReport/riskText.js';
import { REPORT_LABELS, type ReportLabels } from './labels.js';
import { markdownBlocks } from './markdownDocument.js';
import type { WordReportInput } from './minutesDocument.js';
import type { NbAccountsReport } from './nbAccountsReport.js';
import { NB_ACCOUNTS_WORDS, percentText, type NbAccountsWords } from './nbAccountsWords.js';
import { REPORT_DOCUMENT_WORDS, type ReportWords } from './reportDocumentWords.js';
import type { ReportConflict } from './statusReport/actions.js';
import { contentToPrint, type ReportContent, type ReportRecord } from './statusReport/content.js';
import type { ReportMilestone } from './statusReport/milestones.js';
import type { ReportRisk } from './statusReport/risks.js';

/**
 * One status report record (the steering group's, or Nasjonalbiblioteket's yearly or final) as a
 * document, from the same content as its printout (renderer/print/report/ReportView): a draft
 * from live data, a published one from the snapshot «Publiser» froze. The same parts in the same
 * order with the same numbers and words: samlet status, the derived parts (2–7) each with the
 * leader's comment, decisions, plans, and for NB's reports their parts and the accounts per
 * budget line (renderer/print/nb) with the 40 % check, the auditor note and the signature block.
 */
export function reportDocument(input: WordReportInput & { readonly reportId: string; readonly conflicts?: readonly ReportConflict[] }): DocumentModel {
  const { snapshot: s, lang } = input;
  const record = s['status-report'].find((r) => r.id === input.reportId) as ReportRecord | undefined;
  if (!record) throw new WorkbookError('not_found', msg('record.not_found', { kind: kindWord('status-report'), id: input.reportId }));
  const c = contentToPrint(s, record, input.conflicts ?? []);
  const w = REPORT_DOCUMENT_WORDS[lang];
  const D = reportDates(lang);
  const r = c.report;
  const printedOn = reportDay(input.date);
  const project = s.project[0];
  const sections = reportSections(r);
  const prose = (text: string, empty: string): DocumentBlock[] => (text.trim() ? markdownBlocks(text, 3) : [paragraph(empty, 'muted')]);
  const published = record.publishedAt
    ? `${D.date(record.publishedAt.slice(0, 10))} ${record.publishedAt.slice(11)}${record.publishedBy ? ` ${w.publishedBy} ${record.publishedBy}` : ''}`
    : w.draft;

  const blocks: DocumentBlock[] = [
    paragraph([run(w.kicker[r.type], { bold: true })], 'muted'),
    heading(1, r.title),
    paragraph(c.project.title),
    fact(w.period, `${D.date(r.periodFrom)}–${D.date(r.periodTo)}`),
    fact(w.published, published),
    ...(c.project.leader ? [fact(w.leader, c.project.leader)] : []),
    ...(c.project.owner ? [fact(w.owner, c.project.owner)] : []),
    ...(c.previous ? [fact(w.previous, `${c.previous.title} (${D.date(c.previous.periodTo)})`)] : []),

    heading(2, `1. ${w.status}`),
    paragraph([run(w.light[r.overallStatus], { bold: true })]),
    ...prose(r.statusReason, w.empty),
    heading(3, w.summary),
    ...prose(r.summary, w.empty),

    ...derivedBlocks(c, w, REPORT_LABELS[lang], D, lang),

    heading(2, `${sections.decisions}. ${w.decisions}`),
    ...prose(r.decisionsNeeded, w.none),
    ...(sections.next === null ? [] : [heading(2, `${sections.next}. ${w.next}`), ...prose(r.nextPeriodPlans, w.empty)]),
  ];
  const nb = isNbReport(r.type);
  const A = NB_ACCOUNTS_WORDS[lang];
  if (nb) {
    blocks.push(heading(2, `${sections.nb}. ${w.nb}`));
    for (const part of NB_PARTS) blocks.push(heading(3, w.nbParts[part]), ...prose(r[part], w.empty));
    if (c.accounts) {
      blocks.push(heading(2, `${sections.accounts}. ${w.accounts}`));
      if (c.accounts.periods.length) {
        blocks.push(paragraph(`${w.accountsPeriod}: ${c.accounts.periods.map((p) => p.label).join(', ')}, ${fillWords(w.accountsUpTo, { date: D.date(r.periodTo) })}`, 'small'));
      }
      blocks.push(...accountsBlocks(c.accounts, A, D, lang));
    }
    blocks.push(paragraph([run(fillWords(A.credit, { funder: c.project.funder || A.defaultFunder }), { bold: true })]));
  } else if (c.project.funder) {
    blocks.push(paragraph([run(fillWords(DOCUMENT_WORDS[lang].common.funderCredit, { funder: c.project.funder }), { bold: true })]));
  }

  return {
    meta: {
      title: `${r.title} – ${c.project.title}`,
      subject: w.kicker[r.type],
      author: DOCUMENT_WORDS[lang].common.author,
      keywords: [...documentKeywords(project), w.kicker[r.type]],
      language: DOCUMENT_LANGUAGE[lang],
    },
    footer: documentFooter(project, printedOn, input.lastChange, lang),
    blocks,
  };
}

/** Parts 2–7, as renderer/print/report/ReportDerived prints them. */
function derivedBlocks(c: ReportContent, w: ReportWords, L: ReportLabels, D: ReportDates, lang: ReportLanguage): DocumentBlock[] {
  const comment = (part: string): DocumentBlock[] => {
    const text = c.report.partComments[part];
    return text ? [paragraph([run(`${w.comment}:`, { bold: true })]), ...markdownBlocks(text, 4)] : [];
  };
  const number = DOCUMENT_WORDS[lang].milestones.number;
  const m = c.milestones;
  const b = c.budget;
  const openRisks = c.risks.register.filter((x) => x.status !== 'closed');
  const out: DocumentBlock[] = [heading(2, `2. ${w.goals}`)];
  for (const g of c.goals) {
    out.push(heading(3, `${g.number}. ${g.text}`));
    out.push(g.assessment ? paragraph([run(`${w.assessment}:`, { bold: true })]) : paragraph([run(`${w.assessment}: `, { bold: true }), run(w.noAssessment)]));
    if (g.assessment) out.push(...markdownBlocks(g.assessment, 4));
    if (g.groups.length) out.push(paragraph(`${w.groups}: ${g.groups.join(', ')}`, 'small'));
    if (g.milestones.length) out.push(paragraph(`${w.linkedMilestones}: ${g.milestones.map((x) => `${x.number} (${L.milestoneStatus[x.status]})`).join(', ')}`, 'small'));
    if (g.actions.length) out.push(paragraph(`${w.linkedActions}: ${g.actions.map((x) => `${x.text}${x.overdue ? ` (${w.overdue})` : ''}`).join('; ')}`, 'small'));
  }
  out.push(...comment('goals'));

  const milestones = (title: string, rows: readonly ReportMilestone[], showActual = false) => [
    heading(3, title),
    rows.length === 0 ? paragraph(w.none, 'muted') : {
      type: 'table' as const,
      columns: [{ header: number, width: 0.6 }, { header: w.milestones, width: 5 }, { header: showActual ? w.actual : w.planned, width: 2 }, { header: w.responsible, width: 2 }],
      rows: rows.map((x) => ({
        cells: [
          cell(String(x.number)),
          [paragraph([run(x.description), ...(x.status === 'in_progress' ? [run(` · ${w.inProgress}`, { bold: true })] : [])]), ...(x.comment ? [paragraph(x.comment, 'small')] : [])],
          cell(showActual ? D.date(x.actualDate) : x.plannedText || '–'),
          cell(x.responsible || '–'),
        ],
      })),
    },
  ];
  out.push(heading(2, `3. ${w.milestones}`),
    ...milestones(w.reached, m.reached, true),
    ...(m.reachedUndated.length ? milestones(w.reachedUndated, m.reachedUndated) : []),
    ...milestones(w.late, m.late),
    ...(!looksAhead(c.report.type) ? [] : milestones(fillWords(w.upcoming, { from: D.date(m.nextFrom), to: D.date(m.nextTo) }), m.upcoming)),
    ...milestones(w.undated, m.undated),
    ...comment('milestones'));

  out.push(heading(2, `4. ${w.budget}`), paragraph(fillWords(w.budgetLede, { date: D.date(b.asOf), elapsed: b.elapsedPercent })));
  for (const x of b.warnings) {
    const text = x.status === 'lagging'
      ? fillWords(w.lagging, { period: x.period, actual: formatKroner(x.actual), expected: formatKroner(x.expectedByNow), shortfall: formatKroner(x.shortfall) })
      : fillWords(w.overBudget, { period: x.period, actual: formatKroner(x.actual) });
    out.push(paragraph([run(`⚠ ${text}`, { bold: true })]));
  }
  for (const [key, rows, total, col] of [['expenses', b.expenses, b.expenseTotal, w.spent], ['income', b.income, b.incomeTotal, w.received]] as const) {
    out.push({
      type: 'table',
      columns: [
        { header: key === 'expenses' ? w.expenses : w.income, width: 4 }, { header: w.plan, align: 'right', width: 1.6 },
        { header: col, align: 'right', width: 1.6 }, { header: w.share, align: 'right', width: 1 },
      ],
      rows: [
        ...rows.map((l) => ({
          cells: [
            [paragraph([run(l.description), ...(l.pace === 'behind' ? [run(` · ${w.behind}`, { bold: true })] : l.pace === 'over' ? [run(` · ${w.over}`, { bold: true })] : [])])],
            cell(formatKroner(l.planned)), cell(formatKroner(l.actual)), cell(`${l.percent} %`),
          ],
        })),
        { emphasis: 'sum' as const, cells: [cell(NB_ACCOUNTS_WORDS[lang].total), cell(formatKroner(total.planned)), cell(formatKroner(total.actual)), cell(`${total.percent} %`)] },
      ],
    });
  }
  out.push(...comment('budget'));

  const risks = (title: string, rows: readonly ReportRisk[]) => [
    heading(3, title),
    rows.length === 0 ? paragraph(w.none, 'muted') : {
      type: 'table' as const,
      columns: [{ header: number, width: 0.6 }, { header: w.risks, width: 4.4 }, { header: w.score, width: 1 }, { header: w.owner2, width: 2 }, { header: w.assessed, width: 1.5 }],
      rows: rows.map((x) => ({
        cells: [cell(String(x.number)), cell(x.title), cell(`${x.score} ${L.zoneShort[x.zone]}`), cell(x.owner || '–'), cell(x.assessedOn ? D.date(x.assessedOn) : w.never)],
      })),
    },
  ];
  out.push(heading(2, `5. ${w.risks}`));
  if (c.riskCriteria) out.push(paragraph(criteriaSentence(c.riskCriteria, w, D.date), 'muted'));
  const assessment = assessmentSentence(c.risks, w, D.date);
  if (assessment) out.push(paragraph(assessment, 'muted'));
  // New risks by number and title only: the register below holds their detail (a first report says once that all are new).
  const first = firstReportSentence(c.risks, w);
  out.push(heading(3, newRisksTitle(c.risks, w)));
  if (first) out.push(paragraph(first));
  if (c.risks.added.length === 0 && !first) out.push(paragraph(w.none, 'muted'));
  else if (c.risks.added.length > 0) out.push({ type: 'list', ordered: false, items: c.risks.added.map((x) => [paragraph(`${x.number}. ${x.title}`)]) }, paragraph(w.risksNewSee, 'muted'));
  out.push(heading(3, w.risksMoved));
  out.push(c.risks.moved.length === 0 ? paragraph(w.none, 'muted') : {
    type: 'list', ordered: false,
    items: c.risks.moved.map((x) => [paragraph(`${x.risk.number}. ${x.risk.title}: ${x.before.score} (${L.zoneShort[x.before.zone]}${x.beforeOn ? `, ${D.date(x.beforeOn)}` : ''}) → ${x.risk.score} (${L.zoneShort[x.risk.zone]}${x.risk.assessedOn ? `, ${D.date(x.risk.assessedOn)}` : ''})`)]),
  });
  out.push(...risks(w.risksClosed, c.risks.closed), ...risks(w.register, openRisks), ...comment('risks'));

  out.push(heading(2, `6. ${w.actions}`));
  out.push(c.actions.length === 0 ? paragraph(w.none, 'muted') : {
    type: 'table',
    columns: [{ header: w.linkedActions, width: 5 }, { header: w.owner2, width: 2.2 }, { header: w.due, width: 1.8 }],
    rows: c.actions.map((a) => ({
      cells: [
        [paragraph(a.text), ...(a.meetingTitle ? [paragraph(a.meetingTitle, 'small')] : [])],
        cell(a.owner || '–'),
        [paragraph([run(D.date(a.dueDate) || '–'), ...(a.overdue ? [run(` · ${w.overdue}`, { bold: true })] : [])])],
      ],
    })),
  });
  out.push(...comment('actions'));

  out.push(heading(2, `7. ${w.conflicts}`));
  out.push(c.conflicts.length === 0 ? paragraph(w.conflictsNone, 'muted') : {
    type: 'list', ordered: false,
    items: c.conflicts.map((x) => [paragraph(`${x.recordTitle} (${fieldWord(lang, x.field)})${x.otherReplicaName ? ` – ${x.otherReplicaName}` : ''}`)]),
  });
  out.push(...comment('conflicts'));
  return out;
}

const signed = (value: number) => `${value > 0 ? '+' : ''}${formatKroner(value)}`;

/**
 * NB's accounts as Word tables, one per side: a block of rows per project year (budget, actual,
 * deviation) and, over several years, one for the whole project, where each line's share of its
 * side and the comment on its deviation stand (or the words saying it is missing), as in
 * renderer/print/nb/NbAccounts. Then the deviation rule, the egeninnsats check, the auditor note
 * and the signature block.
 */
export function accountsBlocks(report: NbAccountsReport, A: NbAccountsWords, D: ReportDates, lang: ReportLanguage): DocumentBlock[] {
  const t = report.accounts.threshold;
  const outside = report.accounts.outside.reduce((s, a) => s + a.amount, 0);
  const out: DocumentBlock[] = [
    paragraph(A.intro, 'small'),
    heading(3, A.expenses), sideTable(report.accounts.expenses, report, A, D, lang),
    heading(3, A.income), sideTable(report.accounts.income, report, A, D, lang),
    paragraph(`${fillWords(A.thresholdNote, { share: percentText(t.share * 100, lang), kroner: formatKroner(t.kroner) })}${outside ? ` ${fillWords(A.outside, { amount: formatKroner(outside) })}` : ''}`, 'small'),
  ];
  const own = (template: string, o: NbAccountsReport['own']['budget']): DocumentBlock => {
    if (o.met === undefined) return paragraph(A.ownNoTotal);
    const share = percentText(sharePercentForDisplay(o.share, o.minimumPercent), lang);
    return paragraph([
      run(`${fillWords(template, { own: formatKroner(o.own), total: formatKroner(o.total), share })} `),
      run(fillWords(o.met ? A.ownMet : A.ownNotMet, { min: o.minimumPercent }), { bold: true }),
    ]);
  };
  out.push(heading(3, A.own), own(A.ownShareBudget, report.own.budget));
  if (report.own.actual.total > 0) out.push(own(A.ownShareActual, report.own.actual));

  const a = report.auditor;
  out.push(paragraph(fillWords(a.required ? A.auditorRequired : A.auditorNotRequired, { grant: formatKroner(a.grant), threshold: formatKroner(a.threshold) })));
  const line = '_'.repeat(40);
  if (a.required) out.push(paragraph(line), paragraph(A.auditorLine, 'small'));

  out.push(heading(3, A.signature));
  out.push({
    type: 'table',
    columns: [{ header: A.owner, width: 1 }, { header: A.leader, width: 1 }],
    rows: [
      { cells: [cell(`${A.place}: ${line.slice(0, 24)}`), cell(`${A.date}: ${line.slice(0, 24)}`)] },
      {
        cells: [report.ownerName, report.leaderName].map((name) => [
          paragraph(' '), paragraph(line), paragraph(A.signHere, 'small'), paragraph([run(name || ' ', { bold: true })]),
        ]),
      },
    ],
  });
  return out;
}

function sideTable(side: AccountsSide, report: NbAccountsReport, A: NbAccountsWords, D: ReportDates, lang: ReportLanguage): DocumentBlock {
  const many = report.periods.length > 1;
  const amounts = (c: AccountsCell) => [cell(formatKroner(c.budget)), cell(formatKroner(c.actual)), cell(signed(c.difference))];
  const share = (value: number) => `${percentText(Math.round(value * 1000) / 10, lang)} %`;
  const rows: DocumentTableRow[] = [];
  const withComments = (lineRow: (l: AccountsSide['lines'][number]) => DocumentTableRow) => {
    for (const l of side.lines) {
      rows.push(lineRow(l));
      if (l.deviates) {
        rows.push({
          cells: [[paragraph([
            run(`${A.comment}: `, { bold: true }),
            l.comment.trim() ? run(l.comment) : run(A.commentMissing, { bold: true }),
          ])]],
        });
      }
    }
  };
  report.periods.forEach((p, i) => {
    rows.push({ emphasis: 'group', cells: [cell(`${p.label} (${D.date(p.startDate)}–${D.date(p.endDate)})`)] });
    if (many) {
      for (const l of side.lines) rows.push({ cells: [cell(l.description), ...amounts(l.periods[i]!), cell('')] });
    } else {
      withComments((l) => ({ cells: [cell(l.description), ...amounts(l.periods[i]!), cell(share(l.budgetShare))] }));
    }
    rows.push({ emphasis: 'sum', cells: [cell(A.total), ...amounts(side.periods[i]!), cell(many ? '' : '100 %')] });
  });
  if (many) {
    rows.push({ emphasis: 'group', cells: [cell(A.allYears)] });
    withComments((l) => ({ cells: [cell(l.description), ...amounts(l), cell(share(l.budgetShare))] }));
    rows.push({ emphasis: 'sum', cells: [cell(A.total), ...amounts(side), cell('100 %')] });
  }
  return {
    type: 'table',
    columns: [
      { header: A.line, width: 3.4 }, { header: A.budget, align: 'right', width: 1.7 }, { header: A.actual, align: 'right', width: 1.7 },
      { header: A.difference, align: 'right', width: 1.7 }, { header: A.share, align: 'right', width: 1 },
    ],
    rows,
  };
}
