import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { RISK_STATUSES } from '../../../shared/model/enums';
import { useScaleLabels } from './labels';
import {
  isFiltered, nextSort, NO_OWNER, ZONE_ORDER,
  type Person, type RegisterRow, type RiskFilter, type RiskSort, type SortKey,
} from './registerModel';
import { ZoneText } from './ZoneMarker';
import { RISKS_LIST } from './store';
import { DeletedRecord, useRecordRows } from '../../components/records';
import { Button, Field, Select, TableSortButton } from '../../ui';
import { useRiskCriteria, zoneWordKey } from './criteria';

/** The zone follows from the score, so the two share a column (sorting by score sorts by zone too); titles get the room. */
const COLUMNS: readonly SortKey[] = ['number', 'title', 'probability', 'consequence', 'score', 'owner', 'status'];
const ROW_HEIGHT = 52;

interface FilterBarProps {
  filter: RiskFilter;
  people: readonly Person[];
  onChange(patch: Partial<RiskFilter>): void;
}

/** How many risks the filter lets through, said to screen readers as it changes, and a way back to all. */
export function RegisterCount({ filter, shown, total, onClear }: { filter: RiskFilter; shown: number; total: number; onClear(): void }) {
  const { t } = useTranslation('risks');
  return (
    <div className="register-count">
      {isFiltered(filter) ? <Button variant="quiet" size="sm" onClick={onClear}>{t('filter.clear')}</Button> : null}
      <p className="filter-count" aria-live="polite">{t('register.showing', { shown, total })}</p>
    </div>
  );
}

export function RiskFilterBar({ filter, people, onChange }: FilterBarProps) {
  const { t } = useTranslation('risks');
  const { t: tc } = useTranslation();
  const criteria = useRiskCriteria();
  return (
    <form className="risk-filters" role="search" aria-label={t('filter.label')} onSubmit={(e) => e.preventDefault()}>
      <Field className="filter-text" label={t('filter.text')}>
        <input id="risk-filter-text" className="ui-input" type="search" value={filter.text} placeholder={t('filter.textPlaceholder')} autoComplete="off"
          onChange={(e) => onChange({ text: e.target.value })} />
      </Field>
      <Field label={t('filter.zone')}>
        <Select<RiskFilter['zone']> id="risk-filter-zone" value={filter.zone} onChange={(zone) => onChange({ zone })}
          options={[{ value: '', label: t('filter.anyZone') }, ...[...ZONE_ORDER].reverse().map((z) => ({ value: z, label: tc(zoneWordKey(z, criteria.labels)) }))]} />
      </Field>
      <Field label={t('filter.status')}>
        <Select<RiskFilter['status']> id="risk-filter-status" value={filter.status} onChange={(status) => onChange({ status })}
          options={[{ value: '', label: t('filter.anyStatus') }, ...RISK_STATUSES.map((s) => ({ value: s, label: tc(`enums.riskStatus.${s}`) }))]} />
      </Field>
      <Field label={t('filter.owner')}>
        <Select id="risk-filter-owner" value={filter.owner} onChange={(owner) => onChange({ owner })}
          options={[{ value: '', label: t('filter.anyOwner') }, { value: NO_OWNER, label: t('filter.noOwner') }, ...people.map((p) => ({ value: p.id, label: p.name }))]} />
      </Field>
    </form>
  );
}

interface RegisterTableProps {
  rows: readonly RegisterRow[];
  sort: RiskSort;
  selectedId?: string;
  onSort(sort: RiskSort): void;
  onOpen(id: string): void;
}

/**
 * The register as a real table, so screen readers announce columns and
 * position; only the rows in view are in the DOM (aria-rowcount and
 * aria-rowindex tell assistive technology where they are in the whole).
 */
export function RiskRegisterTable({ rows, sort, selectedId, onSort, onOpen }: RegisterTableProps) {
  const { t } = useTranslation('risks');
  const { t: tc } = useTranslation();
  const labels = useScaleLabels();
  // The page scrolls, not a box in it (a box of its own hid the last risks behind a thin scrollbar):
  // the rows in view of the window are drawn, counted from where the table starts on the page.
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [tableTop, setTableTop] = useState(0);
  useLayoutEffect(() => {
    const top = (bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - tableTop) > 1) setTableTop(top);
  });
  // Each risk deleted since the register was shown keeps its row, with «Angre» (the records pattern).
  const drawn = useRecordRows(RISKS_LIST, rows);
  const virtualizer = useWindowVirtualizer({
    count: drawn.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: tableTop,
    getItemKey: (index) => drawn[index]!.key,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - virtualizer.options.scrollMargin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - virtualizer.options.scrollMargin) : 0;

  return (
    <div className="register-frame">
      <table className="ui-table risk-table" aria-rowcount={drawn.length + 1}>
        <caption className="sr-only">{t('register.caption')}</caption>
        <colgroup>
          {COLUMNS.map((c) => <col key={c} className={`col-${c}`} />)}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((key) => {
              const active = sort.key === key;
              return (
                <th key={key} scope="col" className={`ui-th col-${key}`} aria-sort={active ? sort.direction : undefined}>
                  <TableSortButton sorted={active ? sort.direction : undefined} onClick={() => onSort(nextSort(sort, key))}>
                    {t(`register.columns.${key}`)}
                  </TableSortButton>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {before > 0 ? <tr className="spacer" aria-hidden="true"><td colSpan={COLUMNS.length} style={{ height: before }} /></tr> : null}
          {items.map((item) => {
            const row = drawn[item.index]!;
            if (row.tombstone) {
              return <DeletedRecord key={row.key} list={RISKS_LIST} tombstone={row.tombstone} as="tr" colSpan={COLUMNS.length} />;
            }
            const r = row.record;
            const selected = r.id === selectedId;
            return (
              <tr key={r.id} ref={virtualizer.measureElement} data-index={item.index} aria-rowindex={item.index + 2}
                className={selected ? 'is-selected' : undefined} onClick={(e) => {
                  // The whole row is a target for the mouse; the title button is the one for the keyboard.
                  if (!(e.target as HTMLElement).closest('button')) onOpen(r.id);
                }}>
                <td className="col-number">{r.number}</td>
                <td className="col-title">
                  <button type="button" className="risk-title-button" aria-current={selected ? 'true' : undefined} data-open-risk={r.id}
                    onClick={() => onOpen(r.id)}>
                    {r.title}
                  </button>
                </td>
                <td className="col-probability"><span className="level-number">{r.probability}</span> {labels.probability(r.probability)}</td>
                <td className="col-consequence"><span className="level-number">{r.consequence}</span> {labels.consequence(r.consequence)}</td>
                <td className="col-score"><span className="score-zone"><span className="score-value">{r.score}</span> <ZoneText zone={r.zone} /></span></td>
                <td className="col-owner">
                  {r.ownerName || (
                    <>
                      <span aria-hidden="true" className="muted">—</span>
                      <span className="sr-only">{t('register.noOwner')}</span>
                    </>
                  )}
                </td>
                <td className="col-status"><span className={`status-text status-${r.status}`}>{tc(`enums.riskStatus.${r.status}`)}</span></td>
              </tr>
            );
          })}
          {after > 0 ? <tr className="spacer" aria-hidden="true"><td colSpan={COLUMNS.length} style={{ height: after }} /></tr> : null}
        </tbody>
      </table>
    </div>
  );
}
