import { WorkbookError, fieldIssue } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { KINDS, type Kind } from '../../shared/model/kinds.js';
import { reportContent, type ReportRecord } from '../../shared/report/statusReport/content.js';
import type { ReportConflict } from '../../shared/report/statusReport/actions.js';
import { isPublished, periodIsValid } from '../../shared/rules/statusReport.js';
import { SNAPSHOT_KINDS, type WorkbookSnapshot } from '../../shared/report/snapshot.js';
import { notFound } from './commands.js';
import type { Workbook } from './workbook.js';

/**
 * «Publiser» (issue 14): freezes a status report's derived parts and text
 * into the record, dated and signed with this installation's name, as one
 * ordinary update of three fields. It is therefore one undo step (the
 * workbook's undo sets the fields back and the report is a draft again) and
 * it syncs like any other change. From then on the report prints from its
 * snapshot (shared/report/statusReport/content.ts) and is read-only
 * (shared/rules/statusReport.ts, enforced in Commands.update).
 */
export function publishStatusReport(wb: Workbook, id: string, now: Date = new Date()): string {
  return wb.transaction(() => {
    const record = wb.records.get('status-report', id);
    if (!record || record.deleted) throw notFound('status-report', id);
    const report = { ...record.fields, id } as unknown as ReportRecord;
    if (isPublished(report)) throw new WorkbookError('invalid', msg('report.already_published'));
    if (!periodIsValid(report)) {
      throw new WorkbookError('invalid', msg('report.bad_period'), 'input', [fieldIssue('periodTo', msg('report.bad_period'))]);
    }
    const content = reportContent(liveSnapshot(wb), report, openConflicts(wb));
    const publishedAt = localDateTime(now);
    wb.commands.update('status-report', id, {
      publishedAt, publishedBy: wb.replicaName, snapshot: content as unknown as Record<string, unknown>,
    });
    return publishedAt;
  });
}

/** The open sync conflicts, named by their record's title, as the report lists them. */
export function openConflicts(wb: Workbook): ReportConflict[] {
  const names = new Map(wb.sync.peers().map((p) => [p.replicaId, p.name]));
  names.set(wb.replicaId, wb.replicaName);
  return wb.commands.settler.conflicts.listOpen().map((c) => {
    const record = wb.records.get(c.kind, c.recordId);
    const titleField = (KINDS[c.kind as Kind] as { titleField: string }).titleField;
    return {
      kind: c.kind,
      recordTitle: record ? String(record.fields[titleField] ?? '') : '',
      field: c.field,
      otherReplicaName: names.get(c.other.replicaId) ?? '',
      detectedAt: c.detectedAt,
    };
  });
}

/** Norwegian local time, as the app's dates are (YYYY-MM-DDTHH:mm). */
function localDateTime(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Every live record the report reads, flat as the print view gets them from the API. */
function liveSnapshot(wb: Workbook): WorkbookSnapshot {
  const out: Record<string, unknown[]> = {};
  for (const kind of SNAPSHOT_KINDS) out[kind] = wb.records.list(kind).map((r) => ({ ...r.fields, id: r.id }));
  return out as WorkbookSnapshot;
}
