import { Fragment, type ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';
import { DeletedRecord, useRecordRows } from '../../components/records';
import { EmptyState } from '../../ui';

/**
 * The frame both logs share: the add button above the entries (or in the empty state when there are
 * none), each entry drawn by the log as its own list item, and a deleted entry's «Angre» row where it stood.
 */
export function LogList<R extends { id: string }>({ list, records, add, empty, entry }: {
  list: string;
  records: readonly R[];
  add: ReactNode;
  empty: { icon: LucideIcon; title: string; text: string };
  entry: (record: R) => ReactNode;
}) {
  const rows = useRecordRows(list, records);
  if (rows.length === 0) return <EmptyState icon={empty.icon} title={empty.title} text={empty.text} action={add} />;
  return (
    <>
      <div className="logs-toolbar">
        {add}
      </div>
      <ol className="records logs-list">
        {rows.map((row) => row.tombstone
          ? <DeletedRecord key={row.key} list={list} tombstone={row.tombstone} as="li" />
          : <Fragment key={row.key}>{entry(row.record)}</Fragment>)}
      </ol>
    </>
  );
}
