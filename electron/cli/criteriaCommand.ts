import type { Command } from 'commander';
import { WorkbookError } from '../../shared/errors.js';
import { msg, word, type MessageKey } from '../../shared/messages/catalogue.js';
import type { MessageText } from '../../shared/messages/format.js';
import { riskCriteriaText } from '../../shared/model/riskCriteriaFields.js';
import { REPORT_LABELS, zoneWords } from '../../shared/report/labels.js';
import { formatDateNb, parseDateNb, todayIso } from '../../shared/rules/dates.js';
import {
  bandProblems, decisionFields, riskCriteria, ZONE_LABEL_SETS, ZONES,
  type CriteriaFields, type RiskCriteria, type ZoneBand, type ZoneLabelSet,
} from '../../shared/rules/riskCriteria.js';
import { findPerson } from '../workbook/personDossier.js';
import type { Workbook } from '../workbook/workbook.js';
import { cliRun, say } from './language.js';
import { withWorkbook } from './withWorkbook.js';
import type { CliIo } from './main.js';

/**
 * `criteria show|set|decide`: the risk acceptance criteria (shared/rules/riskCriteria.ts) from
 * the command line, as the Risiko screen's criteria panel has them. Every argument is checked
 * before the workbook is opened for writing, and the writes go through the workbook's update
 * command on the project record (the same fields the panel writes), so a refusal writes nothing.
 */
export function registerCriteria(program: Command, io: CliIo): void {
  const criteria = program.command('criteria').description(say('cli.help.criteria'));
  criteria
    .command('show')
    .description(say('cli.help.criteria_show'))
    .argument('<file>', say('cli.help.file'))
    .option('--json', say('cli.help.json'))
    .action((file: string, opts: { json?: boolean }) =>
      withWorkbook(file, (wb) => {
        const c = riskCriteria(projectOf(wb).fields);
        io.out(opts.json ? JSON.stringify(criteriaJson(wb, c)) : criteriaText(wb, c));
      }));
  criteria
    .command('set')
    .description(say('cli.help.criteria_set'))
    .argument('<file>', say('cli.help.file'))
    .option('--zones <1-4,5-12,15-25>', say('cli.help.criteria_zones'))
    .option('--labels <plan|dsb>', say('cli.help.criteria_labels'))
    .action((file: string, opts: { zones?: string; labels?: string }) => {
      if (opts.zones === undefined && opts.labels === undefined) throw new WorkbookError('usage', msg('cli.criteria.set_nothing'));
      const fields: Record<string, unknown> = {};
      if (opts.zones !== undefined) fields.riskZones = parseZones(opts.zones);
      if (opts.labels !== undefined) fields.riskZoneLabels = parseLabels(opts.labels);
      withWorkbook(file, (wb) => {
        const changed = wb.commands.update('project', projectOf(wb).id, fields);
        if (changed.length === 0) io.out(say('cli.out.no_change'));
        io.out(criteriaText(wb, riskCriteria(projectOf(wb).fields)));
      });
    });
  criteria
    .command('decide')
    .description(say('cli.help.criteria_decide'))
    .argument('<file>', say('cli.help.file'))
    .option('--on <dato>', say('cli.help.criteria_on'))
    .option('--by <hvem>', say('cli.help.criteria_by'))
    .option('--person <id|navn>', say('cli.help.criteria_person'))
    .action((file: string, opts: { on?: string; by?: string; person?: string }) => {
      const on = opts.on === undefined ? todayIso() : parseDateNb(opts.on);
      if (on === undefined) throw new WorkbookError('usage', msg('cli.criteria.bad_date', { value: opts.on ?? '' }));
      const by = (opts.by ?? '').trim();
      if (by === '' && (opts.person ?? '').trim() === '') throw new WorkbookError('usage', msg('cli.criteria.decide_who'));
      withWorkbook(file, (wb) => {
        const byId = opts.person !== undefined && opts.person.trim() !== '' ? findPerson(wb, opts.person) : null;
        const project = projectOf(wb);
        wb.commands.update('project', project.id, decisionFields(riskCriteria(project.fields), on, byId, by));
        io.out(criteriaText(wb, riskCriteria(projectOf(wb).fields)));
      });
    });
}

function projectOf(wb: Workbook): { id: string; fields: CriteriaFields } {
  const project = wb.records.list('project')[0];
  if (!project) throw new WorkbookError('not_found', msg('cli.criteria.no_project'));
  return { id: project.id, fields: project.fields as CriteriaFields };
}

/** «1-4,5-12,15-25» (a dash or an en dash, spaces allowed) as three bands, checked as the panel checks them. */
export function parseZones(value: string): ZoneBand[] {
  const parts = value.split(',').map((p) => /^\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*$/.exec(p));
  if (parts.length !== 3 || parts.some((m) => m === null)) throw new WorkbookError('usage', msg('cli.criteria.zones_format', { value }));
  const bands = parts.map((m) => ({ from: Number(m![1]), to: Number(m![2]) }));
  const problems = bandProblems(bands);
  if (problems.length > 0) {
    throw new WorkbookError('usage', msg('cli.criteria.zones_invalid', {
      value, problems: problems.map((p) => riskCriteriaText({ message: p.key, params: p.params })),
    }));
  }
  return bands;
}

function parseLabels(value: string): ZoneLabelSet {
  const set = value.trim().toLowerCase();
  if (!(ZONE_LABEL_SETS as readonly string[]).includes(set)) {
    throw new WorkbookError('usage', msg('cli.criteria.labels_unknown', { value, known: ZONE_LABEL_SETS.join(', ') }));
  }
  return set as ZoneLabelSet;
}

function decidedBy(wb: Workbook, c: RiskCriteria): string {
  const person = c.decision?.byId ? (wb.records.get('person', c.decision.byId)?.fields.name as string | undefined) : undefined;
  return [person, c.decision?.by].filter(Boolean).join(', ');
}

/** The criteria as the Risiko screen's panel states them: decided or a proposal, each zone's limits and name. */
function criteriaText(wb: Workbook, c: RiskCriteria): string {
  const lang = cliRun.words;
  const names = zoneWords(REPORT_LABELS[lang], c.labels).zone;
  const decidedOn = projectOf(wb).fields.riskCriteriaDecidedOn;
  const status: MessageText = c.decision
    ? msg('cli.out.criteria_decided', { date: formatDateNb(c.decision.on), by: decidedBy(wb, c) || '–' })
    : c.changedSinceDecision && decidedOn ? msg('cli.out.criteria_changed', { date: formatDateNb(decidedOn) }) : msg('cli.out.criteria_proposed');
  const lines = [
    status,
    ...ZONES.map((zone, i) => msg('cli.out.criteria_zone', {
      zone: msg(`riskCriteria.zone.${zone}` as MessageKey), from: c.bands[i]!.from, to: c.bands[i]!.to, name: names[zone],
    })),
    msg('cli.out.criteria_labels', { labels: msg(`cli.out.criteria_labels_${c.labels}` as MessageKey) }),
  ];
  return lines.map((l) => word(l, lang)).join('\n');
}

function criteriaJson(wb: Workbook, c: RiskCriteria) {
  const names = zoneWords(REPORT_LABELS[cliRun.words], c.labels).zone;
  return {
    zones: ZONES.map((zone, i) => ({ zone, from: c.bands[i]!.from, to: c.bands[i]!.to, name: names[zone] })),
    labels: c.labels,
    decided: c.decision ? { on: c.decision.on, personId: c.decision.byId, by: decidedBy(wb, c) } : null,
    changedSinceDecision: c.changedSinceDecision,
  };
}
