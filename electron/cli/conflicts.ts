import type { Command } from 'commander';
import { Option } from 'commander';
import { WorkbookError } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { KIND_LABELS_NB } from '../../shared/model/kindLabels.js';
import { fieldShape, showFieldValue } from '../../shared/report/fieldValue.js';
import { NB_VALUE_WORDS } from '../../shared/report/valueWordsNb.js';
import { listConflicts, resolveConflict, type ConflictView } from '../sync/conflicts.js';
import { parseFieldArgs } from './fieldArgs.js';
import type { CliIo } from './main.js';
import { withOpenWorkbook } from './syncIo.js';

const KEEP = { current: 'current', gjeldende: 'current', other: 'other', annen: 'other' } as const;

export function registerConflicts(program: Command, io: CliIo): void {
  program
    .command('conflicts')
    .description('åpne synkkonflikter: verdier skrevet samtidig som ikke ble feltets verdi')
    .argument('<file>', 'arbeidsbokfil')
    .option('--json', 'som JSON')
    .action((file: string, opts: { json?: boolean }) =>
      withOpenWorkbook(file, (wb) => {
        const list = listConflicts(wb);
        io.out(opts.json ? JSON.stringify(list, null, 2) : formatConflicts(list));
      }),
    );

  program
    .command('resolve')
    .description('løs en konflikt: behold en av verdiene, eller skriv en ny')
    .argument('<file>', 'arbeidsbokfil')
    .argument('<conflict-id>', 'id fra prosjektboka conflicts')
    .addOption(new Option('--keep <choice>', 'current (verdien nå) eller other (den andre)').conflicts('value'))
    .option('--value <text>', 'en ny verdi, f.eks. de to tekstene slått sammen')
    .action((file: string, id: string, opts: { keep?: string; value?: string }) => {
      if (opts.keep === undefined && opts.value === undefined) {
        throw new WorkbookError('usage', msg('cli.resolve_how'));
      }
      let keep: 'current' | 'other' | undefined;
      if (opts.keep !== undefined) {
        keep = KEEP[opts.keep.toLowerCase() as keyof typeof KEEP];
        if (!keep) throw new WorkbookError('usage', msg('cli.unknown_keep', { keep: opts.keep }));
      }
      return withOpenWorkbook(file, (wb) => {
        let resolution: { keep: 'current' | 'other' } | { value: unknown };
        if (keep) resolution = { keep };
        else {
          const conflict = wb.commands.settler.conflicts.get(id);
          if (!conflict) throw new WorkbookError('not_found', msg('conflict.not_found', { id }));
          if (conflict.field.startsWith('_')) {
            throw new WorkbookError('usage', msg('cli.delete_conflict'));
          }
          resolution = { value: parseFieldArgs(conflict.kind, [`${conflict.field}=${opts.value!}`])[conflict.field] };
        }
        const r = resolveConflict(wb, id, resolution);
        const what = `${KIND_LABELS_NB[r.kind]} ${r.recordId}`;
        if (r.field.startsWith('_')) io.out(r.value ? `Løst: ${what} er slettet.` : `Løst: ${what} er beholdt.`);
        else io.out(`Løst: ${r.field} i ${what} er nå ${show(r.value, 200)}.`);
      });
    });
}

function formatConflicts(list: readonly ConflictView[]): string {
  if (list.length === 0) return '(ingen åpne konflikter)';
  return list
    .map((c) => {
      const record = `${KIND_LABELS_NB[c.kind]} «${c.recordTitle}» (${c.recordId})`;
      const by = `${c.otherReplicaName || c.otherReplicaId}`;
      if (c.field === '_deleted') {
        return `${c.id}  ${record}\n    slettet av ${by}, men endret samtidig et annet sted; posten er beholdt`;
      }
      return `${c.id}  ${record}, feltet ${c.field}\n    nå:    ${shown(c, 'current')}\n    annen: ${shown(c, 'other')} (fra ${by})`;
    })
    .join('\n');
}

/** One side of a conflict as shared/report/fieldValue.ts shows it: «text» as written, a level, a name or a date in words. */
function shown(c: ConflictView, side: 'current' | 'other'): string {
  const type = fieldShape(c.kind, c.field).type;
  if (type === 'text' || type === 'longText') return show(c[side], 70);
  const value = showFieldValue(c.kind, c.field, c[side], c.context, NB_VALUE_WORDS);
  return value.detail ? `${value.text} (${value.detail})` : value.text;
}

function show(v: unknown, max: number): string {
  const s = typeof v === 'string' ? `«${v}»` : JSON.stringify(v);
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
