import type { Command } from 'commander';
import { Option } from 'commander';
import { WorkbookError } from '../../shared/errors.js';
import { msg, word } from '../../shared/messages/catalogue.js';
import { kindWord } from '../../shared/model/kindLabels.js';
import { fieldShape, showFieldValue } from '../../shared/report/fieldValue.js';
import { reportValueWords } from '../../shared/report/valueWords.js';
import { listConflicts, resolveConflict, type ConflictView } from '../sync/conflicts.js';
import { parseFieldArgs } from './fieldArgs.js';
import type { CliIo } from './main.js';
import { withOpenWorkbook } from './syncIo.js';
import { cliRun, say } from './language.js';

const KEEP = { current: 'current', gjeldende: 'current', other: 'other', annen: 'other' } as const;

export function registerConflicts(program: Command, io: CliIo): void {
  program
    .command('conflicts')
    .description(say('cli.help.conflicts'))
    .argument('<file>', say('cli.help.file'))
    .option('--json', say('cli.help.json'))
    .action((file: string, opts: { json?: boolean }) =>
      withOpenWorkbook(file, (wb) => {
        const list = listConflicts(wb);
        io.out(opts.json ? JSON.stringify(list, null, 2) : formatConflicts(list));
      }),
    );

  program
    .command('resolve')
    .description(say('cli.help.resolve'))
    .argument('<file>', say('cli.help.file'))
    .argument('<conflict-id>', say('cli.help.resolve_id'))
    .addOption(new Option('--keep <choice>', say('cli.help.resolve_keep')).conflicts('value'))
    .option('--value <text>', say('cli.help.resolve_value'))
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
        const what = `${word(kindWord(r.kind), cliRun.words)} ${r.recordId}`;
        if (r.field.startsWith('_')) io.out(say(r.value ? 'cli.out.resolved_deleted' : 'cli.out.resolved_kept', { what }));
        else io.out(say('cli.out.resolved_value', { field: r.field, what, value: show(r.value, 200) }));
      });
    });
}

function formatConflicts(list: readonly ConflictView[]): string {
  if (list.length === 0) return say('cli.out.no_conflicts');
  return list
    .map((c) => {
      const record = `${word(kindWord(c.kind), cliRun.words)} «${c.recordTitle}» (${c.recordId})`;
      const by = `${c.otherReplicaName || c.otherReplicaId}`;
      if (c.field === '_deleted') {
        return say('cli.out.conflict_deleted', { id: c.id, record, by });
      }
      return say('cli.out.conflict_field', { id: c.id, record, field: c.field, current: shown(c, 'current'), other: shown(c, 'other'), by });
    })
    .join('\n');
}

/** One side of a conflict as shared/report/fieldValue.ts shows it: «text» as written, a level, a name or a date in words. */
function shown(c: ConflictView, side: 'current' | 'other'): string {
  const type = fieldShape(c.kind, c.field).type;
  if (type === 'text' || type === 'longText') return show(c[side], 70);
  const value = showFieldValue(c.kind, c.field, c[side], c.context, reportValueWords(cliRun.words));
  return value.detail ? `${value.text} (${value.detail})` : value.text;
}

function show(v: unknown, max: number): string {
  const s = typeof v === 'string' ? `«${v}»` : JSON.stringify(v);
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
