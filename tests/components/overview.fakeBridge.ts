import type { ApiEnvelope, ProsjektbokaBridge } from '../../shared/api/contract';
import { SEED_PLAN } from '../../shared/seed/plan';

/**
 * A stand-in for window.prosjektboka holding the seed plan in memory, for the
 * overview, budget and milestone component tests. Record ids are the seed's
 * keys ("period.1", "budget-line.prosjektledelse"), so tests can name them.
 * Every call is logged, and answers come as the real transports send them:
 * envelopes `{ ok: true, result }`.
 */
export interface FakeBridge {
  calls: { method: string; args: Record<string, unknown> }[];
  /** Records by kind, then id; deleted records are kept with `deleted: true`, as in the workbook. */
  records: Map<string, Map<string, { fields: Record<string, unknown>; deleted: boolean }>>;
  set(kind: string, id: string, fields: Record<string, unknown>): void;
  callsOf(method: string): Record<string, unknown>[];
}

export function installFakeBridge(): FakeBridge {
  const records: FakeBridge['records'] = new Map();
  const calls: FakeBridge['calls'] = [];
  const table = (kind: string) => {
    let t = records.get(kind);
    if (!t) records.set(kind, (t = new Map()));
    return t;
  };
  for (const r of SEED_PLAN) table(r.kind).set(r.key, { fields: { ...r.fields }, deleted: false });
  let next = 1;

  const ok = <T>(result: T): Promise<ApiEnvelope<T>> => Promise.resolve({ ok: true, result });
  const notFound = (kind: string, id: string): Promise<ApiEnvelope<never>> =>
    Promise.resolve({ ok: false, error: { code: 'not_found', message: `${kind} ${id} finnes ikke`, issues: [] } });
  const log = (method: string, args: unknown) => calls.push({ method, args: args as Record<string, unknown> });

  const bridge: Partial<ProsjektbokaBridge> = {
    getWorkbookInfo: (args) => {
      log('getWorkbookInfo', args);
      return ok({
        path: '/tmp/test.prosjektboka', fileName: 'test.prosjektboka', workbookId: 'wb', replicaId: 'r', replicaName: 'Test',
        lastChange: null, canSwitchWorkbook: false,
      });
    },
    listRecords: (args) => {
      log('listRecords', args);
      const rows = [...table(args.kind).entries()].filter(([, r]) => !r.deleted).map(([id, r]) => ({ ...r.fields, id }));
      return ok(rows as { id: string }[]);
    },
    createRecord: (args) => {
      log('createRecord', args);
      const id = `${args.kind}.new.${next++}`;
      table(args.kind).set(id, { fields: { ...args.fields }, deleted: false });
      return ok({ id });
    },
    updateRecord: (args) => {
      log('updateRecord', args);
      const r = table(args.kind).get(args.id);
      if (!r || r.deleted) return notFound(args.kind, args.id);
      const changed = Object.keys(args.patch).filter((k) => !Object.is(r.fields[k], args.patch[k]));
      Object.assign(r.fields, args.patch);
      return ok({ changed });
    },
    deleteRecord: (args) => {
      log('deleteRecord', args);
      const r = table(args.kind).get(args.id);
      if (!r || r.deleted) return notFound(args.kind, args.id);
      r.deleted = true;
      return ok({});
    },
    restoreRecord: (args) => {
      log('restoreRecord', args);
      const r = table(args.kind).get(args.id);
      if (!r) return notFound(args.kind, args.id);
      r.deleted = false;
      return ok({});
    },
  };
  Object.defineProperty(window, 'prosjektboka', { value: bridge, configurable: true, writable: false });

  return {
    calls,
    records,
    set: (kind, id, fields) => table(kind).set(id, { fields, deleted: false }),
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
  };
}
