import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { percentOf } from '../../../shared/rules/budgetProgress';
import { formatAmount, formatKroner } from '../../../shared/rules/money';
import { Select } from '../../ui';
import type { BudgetFigures } from './figures';

/**
 * Planned against actual, per project year and per budget line. Not colour
 * alone: planned bars are solid, actual bars hatched, both carry their amount
 * as a label, and every chart has a table with the same figures beside it
 * for screen readers (the chart itself is one labelled image).
 */
/*
 * Colours come from the theme's tokens (renderer/ui/tokens.css): SVG presentation attributes take var(),
 * so the bars, hatching, grid and words follow the light and the dark theme without a literal here.
 */
export const PLANNED_COLOUR = 'var(--chart-planned)';
export const ACTUAL_COLOUR = 'var(--chart-actual)';
const ACTUAL_SOFT = 'var(--chart-actual-soft)';
const TEXT = 'var(--color-text)';
const MUTED = 'var(--color-text-muted)';
const GRID = 'var(--color-border)';
const CURSOR = 'var(--color-surface-sunken)';
const TOOLTIP_BOX = {
  background: 'var(--color-surface-raised)', border: '1px solid var(--color-border-strong)',
  borderRadius: 'var(--radius-md)', boxShadow: 'var(--shadow-2)', color: TEXT,
};

interface Datum {
  key: string;
  name: string;
  planned: number;
  actual: number;
}

export function BudgetCharts({ figures }: { figures: BudgetFigures }) {
  const { t } = useTranslation('budget');
  const [periodId, setPeriodId] = useState<string>('all');
  const selectId = useId();

  const byYear: Datum[] = figures.periods.map((p, i) => ({
    key: p.id,
    name: p.label,
    planned: figures.planned.periods[i]?.expenses ?? 0,
    actual: figures.actual.periods[i]?.expenses ?? 0,
  }));
  const lines = [...figures.expenseLines, ...figures.incomeLines];
  const byLine: Datum[] = lines.map((l) => ({
    key: l.id,
    name: l.description,
    planned: periodId === 'all' ? figures.plannedLineTotal(l.id) : figures.plannedOf(l.id, periodId),
    actual: periodId === 'all' ? figures.actualLineTotal(l.id) : figures.actualOf(l.id, periodId),
  }));
  const selectedLabel = periodId === 'all' ? t('chart.allYears') : (figures.periods.find((p) => p.id === periodId)?.label ?? '');
  const byLineTitle = `${t('chart.byLine')}: ${selectedLabel}`;

  return (
    <section aria-labelledby="budget-chart-title" className="panel">
      <h2 id="budget-chart-title">{t('chart.title')}</h2>
      <Legend />
      <div className="chart-grid">
        <ChartFigure title={t('chart.byYear')} data={byYear} layout="columns" testId="chart-by-year" />
        <div>
          <div className="chart-controls">
            <label htmlFor={selectId}>{t('chart.show')}</label>
            <Select id={selectId} value={periodId} onChange={setPeriodId}
              options={[{ value: 'all', label: t('chart.allYears') }, ...figures.periods.map((p) => ({ value: p.id, label: p.label }))]} />
          </div>
          <ChartFigure title={byLineTitle} data={byLine} layout="rows" testId="chart-by-line" />
        </div>
      </div>
    </section>
  );
}

/** The two series' swatches, drawn with the same fill and pattern as the bars. */
function Legend() {
  const { t } = useTranslation('budget');
  return (
    <ul className="chart-legend">
      <li><Swatch kind="planned" /> {t('chart.planned')}</li>
      <li><Swatch kind="actual" /> {t('chart.actual')}</li>
    </ul>
  );
}

function Swatch({ kind }: { kind: 'planned' | 'actual' }) {
  const id = usePatternId();
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false" className="swatch">
      {kind === 'actual' ? <HatchPattern id={id} /> : null}
      <rect x="0.5" y="0.5" width="27" height="15" rx="2"
        fill={kind === 'planned' ? PLANNED_COLOUR : `url(#${id})`} stroke={kind === 'planned' ? PLANNED_COLOUR : ACTUAL_COLOUR} />
    </svg>
  );
}

/** SVG ids must be unique on the page (several charts) and plain enough for url(#…). */
function usePatternId(): string {
  return `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={ACTUAL_SOFT} />
        <rect width="3" height="6" fill={ACTUAL_COLOUR} />
      </pattern>
    </defs>
  );
}

function ChartFigure({ title, data, layout, testId }: { title: string; data: Datum[]; layout: 'columns' | 'rows'; testId: string }) {
  const { t } = useTranslation('budget');
  const hatch = usePatternId();
  const captionId = useId();
  const rows = layout === 'rows';
  const height = rows ? Math.max(160, data.length * 54 + 40) : 280;
  const label = (v: unknown) => (typeof v === 'number' ? formatAmount(v) : '');
  return (
    <figure className="chart-figure" aria-labelledby={captionId} data-testid={testId}>
      <figcaption id={captionId}>{title}</figcaption>
      <div role="img" aria-label={t('chart.imgLabel', { title })} className="chart-image">
        <BarChart
          responsive
          style={{ width: '100%', height }}
          data={data}
          layout={rows ? 'vertical' : 'horizontal'}
          margin={rows ? { top: 4, right: 80, bottom: 4, left: 8 } : { top: 24, right: 12, bottom: 4, left: 12 }}
          barGap={4}
          barCategoryGap={rows ? 10 : '28%'}
          accessibilityLayer={false}
        >
          <HatchPattern id={hatch} />
          <CartesianGrid stroke={GRID} vertical={rows} horizontal={!rows} />
          {rows ? (
            <>
              <XAxis type="number" tickFormatter={label} tick={{ fontSize: 12, fill: MUTED }} />
              <YAxis type="category" dataKey="name" width={230} interval={0} tick={<WrappedTick />} />
            </>
          ) : (
            <>
              <XAxis dataKey="name" tick={{ fontSize: 13, fill: TEXT }} />
              <YAxis tickFormatter={label} width={84} tick={{ fontSize: 12, fill: MUTED }} />
            </>
          )}
          <Tooltip formatter={(v) => (typeof v === 'number' ? formatKroner(v) : String(v))} cursor={{ fill: CURSOR }}
            contentStyle={TOOLTIP_BOX} labelStyle={{ color: TEXT }} itemStyle={{ color: TEXT }} />
          <Bar dataKey="planned" name={t('chart.planned')} fill={PLANNED_COLOUR} isAnimationActive={false} className="bar-planned">
            <LabelList dataKey="planned" position={rows ? 'right' : 'top'} formatter={label} className="bar-label bar-label-planned" fill={TEXT} fontSize={12} />
          </Bar>
          <Bar dataKey="actual" name={t('chart.actual')} fill={`url(#${hatch})`} stroke={ACTUAL_COLOUR} isAnimationActive={false} className="bar-actual">
            <LabelList dataKey="actual" position={rows ? 'right' : 'top'} formatter={label} className="bar-label bar-label-actual" fill={TEXT} fontSize={12} />
          </Bar>
        </BarChart>
      </div>
      <ChartTable title={title} data={data} />
    </figure>
  );
}

/** The chart's figures as a table: the screen reader's (and the careful reader's) version of the chart. */
function ChartTable({ title, data }: { title: string; data: Datum[] }) {
  const { t } = useTranslation('budget');
  return (
    <table className="data-table chart-table">
      <caption>{t('chart.tableCaption', { title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.row')}</th>
          <th scope="col" className="amount-col">{t('chart.planned')}</th>
          <th scope="col" className="amount-col">{t('chart.actual')}</th>
          <th scope="col" className="amount-col">{t('chart.share')}</th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.key}>
            <th scope="row">{d.name}</th>
            <td className="amount">{formatKroner(d.planned)}</td>
            <td className="amount">{formatKroner(d.actual)}</td>
            <td className="amount">{d.planned > 0 ? `${percentOf(d.actual, d.planned)} %` : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Long line names ("Organiserte aktiviteter og faglig påfyll for deltakerne") wrap onto two or three lines. */
function WrappedTick(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const words = String(props.payload?.value ?? '').split(/\s+/);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= 30) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return (
    <text x={x - 6} y={y} textAnchor="end" fontSize={12} fill={TEXT}>
      {lines.map((l, i) => (
        <tspan key={i} x={x - 6} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}>{l}</tspan>
      ))}
    </text>
  );
}
