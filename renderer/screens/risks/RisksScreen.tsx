import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Zone } from '../../../shared/rules/riskMatrix';
import { call } from '../../api/client';
import { createRecord } from '../../data/mutations';
import './i18n';
import './risks.css';
import { useScaleLabels } from './labels';
import { hasResidualScores, unplaced, type MatrixView, type Orientation } from './matrixModel';
import { EMPTY_FILTER, filterRisks, historyOf, registerRows, sortRisks, ZONE_ORDER, type RegisterRow } from './registerModel';
import { RiskEditor } from './RiskEditor';
import { RiskMatrix } from './RiskMatrix';
import { RegisterCount, RiskFilterBar, RiskRegisterTable } from './RiskRegister';
import { RISK_KINDS, useAnnouncer, useRiskData, useRiskView } from './store';
import { useLoaded } from '../../data/loadedStore';
import { LoadProblem } from '../../components/LoadProblem';
import { ZoneLegend, ZoneMarker } from './ZoneMarker';
import { useRecordUi } from '../../components/records';
import { printRoute } from '../../../shared/report/printRoutes';
import { useRecordInRoute } from '../../search/recordRoute';

/** Risikoregisteret: the matrix, the register and the risk being edited, side by side. */
export function Risks() {
  const { t } = useTranslation('risks');
  const data = useLoaded(useRiskData, RISK_KINDS);
  const view = useRiskView();

  const all = useMemo(() => registerRows(data.risks, data.people), [data.risks, data.people]);
  const shown = useMemo(() => sortRisks(filterRisks(all, view.filter), view.sort), [all, view.filter, view.sort]);
  const selected = data.risks.find((r) => r.id === view.selectedId);

  // Where focus was when a risk was opened, to go back there when it is closed.
  const opener = useRef<{ element: Element | null; id: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusEditor, setFocusEditor] = useState(0);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusEditor) headingRef.current?.focus();
  }, [focusEditor]);

  const select = view.select;
  useEffect(() => {
    // A risk deleted here, by an undo or on another screen closes its panel.
    if (data.loaded && view.selectedId && !selected) select(undefined);
  }, [data.loaded, view.selectedId, selected, select]);

  // A risk just added, or brought back by the in-place Angre, opens once the register has (re)loaded it.
  const [reopen, setReopen] = useState<string | undefined>();
  useEffect(() => {
    if (reopen && data.risks.some((r) => r.id === reopen)) {
      setReopen(undefined);
      open(reopen);
    }
  });
  // A deleted risk brought back (its row's Angre, Ctrl+Z, another window) opens again, as it was when deleted.
  const back = useRecordUi((s) => s.focusToggle);
  useEffect(() => {
    if (!back || !data.risks.some((r) => r.id === back)) return;
    useRecordUi.getState().focused(back);
    open(back);
  }, [back, data.risks]);

  // #/risks/<id> (a search hit, a link) opens that risk.
  const routed = useRecordInRoute('risks');
  useEffect(() => {
    if (routed && data.loaded && data.risks.some((r) => r.id === routed)) open(routed);
  }, [routed, data.loaded]);

  function open(id: string) {
    opener.current = { element: document.activeElement, id };
    view.select(id);
    setFocusEditor((n) => n + 1);
  }

  function close() {
    const from = opener.current;
    view.select(undefined);
    opener.current = null;
    requestAnimationFrame(() => {
      const back = from?.element instanceof HTMLElement && from.element.isConnected
        ? from.element
        : document.querySelector<HTMLElement>(`[data-open-risk="${from?.id ?? ''}"], [data-risk-id="${from?.id ?? ''}"]`);
      back?.focus();
    });
  }

  if (!data.loaded) {
    return (
      <section aria-labelledby="risks-title" className="risks-screen">
        <h1 id="risks-title">{t('heading')}</h1>
        {data.error ? <LoadProblem message={data.error} onRetry={data.load} /> : <p>{t('loading')}</p>}
      </section>
    );
  }

  return (
    <section aria-labelledby="risks-title" className="risks-screen">
      <header className="risks-header">
        <div>
          <h1 id="risks-title">{t('heading')}</h1>
          <ZoneSummary rows={all} />
        </div>
        <div className="risks-header-actions">
          {/* The printout the leader takes to the steering group, in the orientation shown here. */}
          <a className="button" href={printRoute('risk-matrix', { orientation: view.orientation })}>
            <PrinterIcon /> {t('print')}
          </a>
          {adding ? null : (
            <button ref={addButton} type="button" className="button primary" onClick={() => setAdding(true)}>
              <span aria-hidden="true" className="button-icon">+</span> {t('add.open')}
            </button>
          )}
        </div>
      </header>
      {adding ? (
        <AddRiskForm onDone={(id) => {
          setAdding(false);
          // Opened once the register has it: opened now, the panel would close again as a risk not (yet) there.
          if (id) setReopen(id);
          else requestAnimationFrame(() => addButton.current?.focus());
        }} />
      ) : null}
      {data.error ? <p role="alert" className="notice notice-error">{t('loadFailed', { message: data.error })}</p> : null}

      <div className={`risks-workspace${selected ? ' has-editor' : ''}`}>
        <div className="risks-main">
          <MatrixPanel rows={shown} total={all.length} filtered={shown.length !== all.length} selectedId={view.selectedId}
            orientation={view.orientation} matrixView={view.view} onOrientation={view.setOrientation} onView={view.setView} onOpen={open} />

          <section className="panel register-panel" aria-labelledby="register-heading">
            <div className="register-head">
              <h2 id="register-heading" className="panel-title">{t('register.heading')}</h2>
              <RegisterCount filter={view.filter} shown={shown.length} total={all.length} onClear={() => view.setFilter(EMPTY_FILTER)} />
            </div>
            <RiskFilterBar filter={view.filter} people={data.people} onChange={view.setFilter} />
            {all.length === 0 ? <p className="empty-state">{t('register.none')}</p>
              : shown.length === 0 ? <p className="empty-state">{t('register.noMatch')}</p>
                : <RiskRegisterTable rows={shown} sort={view.sort} selectedId={view.selectedId} onSort={view.setSort} onOpen={open} />}
          </section>
        </div>

        {selected ? (
          <RiskEditor key={selected.id} risk={selected} people={data.people} history={historyOf(data.assessments, selected.id)}
            headingRef={headingRef} onClose={close} />
        ) : null}
      </div>
    </section>
  );
}

/** A printer, drawn: no font on a municipal PC can be trusted to have one. */
function PrinterIcon() {
  return (
    <svg className="button-svg" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M4 1.5h8v4H4zM2 6h12a1 1 0 0 1 1 1v5h-3v2.5H4V12H1V7a1 1 0 0 1 1-1zm3 4v3.5h6V10z" fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}

function ZoneSummary({ rows }: { rows: readonly RegisterRow[] }) {
  const { t } = useTranslation('risks');
  const { t: tc } = useTranslation();
  const counts = new Map<Zone, number>();
  for (const r of rows) counts.set(r.zone, (counts.get(r.zone) ?? 0) + 1);
  return (
    <ul className="zone-summary">
      <li className="zone-summary-total">{t('summary.total', { count: rows.length })}</li>
      {[...ZONE_ORDER].reverse().map((zone) => (
        <li key={zone} className={`zone-count zone-${zone}`}>
          <ZoneMarker zone={zone} />
          <strong>{counts.get(zone) ?? 0}</strong> {tc(`enums.zone.${zone}`)}
        </li>
      ))}
    </ul>
  );
}

interface MatrixPanelProps {
  rows: readonly RegisterRow[];
  total: number;
  filtered: boolean;
  selectedId?: string;
  orientation: Orientation;
  matrixView: MatrixView;
  onOrientation(o: Orientation): void;
  onView(v: MatrixView): void;
  onOpen(id: string): void;
}

function MatrixPanel({ rows, total, filtered, selectedId, orientation, matrixView, onOrientation, onView, onOpen }: MatrixPanelProps) {
  const { t } = useTranslation('risks');
  const { message, seq } = useAnnouncer();
  const residual = hasResidualScores(rows);
  // The after-measures view is offered once some risk has residual scores (or while it is showing).
  const showViewToggle = residual || matrixView === 'after';
  const missing = matrixView === 'after' ? unplaced(rows, 'after') : [];

  return (
    <section className="panel matrix-panel" aria-labelledby="matrix-heading">
      <div className="panel-head">
        <h2 id="matrix-heading" className="panel-title">{t('matrix.heading')}</h2>
        <div className="matrix-settings" role="group" aria-label={t('matrix.settings')}>
          {showViewToggle ? (
            <Segmented name="risk-matrix-view" legend={t('matrix.view')} value={matrixView} onChange={onView}
              options={[{ value: 'before', label: t('matrix.before') }, { value: 'after', label: t('matrix.after') }]} />
          ) : null}
          <Segmented name="risk-matrix-orientation" legend={t('matrix.orientation')} value={orientation} onChange={onOrientation}
            options={[
              { value: 'plan', label: t('matrix.orientationPlan'), hint: t('matrix.orientationPlanHint') },
              { value: 'dsb', label: t('matrix.orientationDsb'), hint: t('matrix.orientationDsbHint') },
            ]} />
        </div>
      </div>
      {filtered ? <p className="matrix-note">{t('matrix.filtered', { shown: rows.length, total })}</p> : null}
      <div className="matrix-layout">
        <RiskMatrix risks={rows} orientation={orientation} view={matrixView} selectedId={selectedId} onOpen={onOpen} />
        <ZoneLegend />
      </div>
      {matrixView === 'after' && !residual ? <p className="matrix-note">{t('matrix.noneAfter')}</p> : null}
      {matrixView === 'after' && residual && missing.length > 0
        ? <p className="matrix-note">{t('matrix.unplaced', { numbers: missing.map((r) => r.number).join(', ') })}</p>
        : null}
      <p className={`matrix-status${message ? ' has-message' : ''}`} aria-live="polite" aria-atomic="true">
        {message}{seq % 2 ? '\u00a0' : ''}
      </p>
    </section>
  );
}

function Segmented<T extends string>({ name, legend, value, options, onChange }: {
  name: string; legend: string; value: T; options: readonly { value: T; label: string; hint?: string }[]; onChange(v: T): void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      <div className="segmented-options">
        {options.map((o) => (
          <label key={o.value} className={o.value === value ? 'is-checked' : undefined} title={o.hint}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** "Ny risiko": a title and a first assessment; the command layer gives it the next number. */
function AddRiskForm({ onDone }: { onDone(id?: string): void }) {
  const { t } = useTranslation('risks');
  const labels = useScaleLabels();
  const announce = useAnnouncer((s) => s.announce);
  const [title, setTitle] = useState('');
  const [probability, setProbability] = useState(3);
  const [consequence, setConsequence] = useState(3);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  const formId = useId();

  useEffect(() => {
    titleInput.current?.focus();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (title.trim() === '') {
      setError(t('add.titleRequired'));
      titleInput.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const id = await createRecord('risk', { title: title.trim(), probability, consequence }, t('add.undo'));
      const created = await call('getRecord', { kind: 'risk', id });
      announce(t('add.created', { number: created.number }));
      onDone(id);
    } catch (err) {
      setError(t('add.failed', { message: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  }

  return (
    <form className="panel add-risk" aria-labelledby={`${formId}-heading`} onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}>
      <h2 id={`${formId}-heading`} className="panel-title">{t('add.heading')}</h2>
      <div className="add-risk-fields">
        <div className={`field add-risk-title${error ? ' field-invalid' : ''}`}>
          <label htmlFor={`${formId}-title`}>{t('add.title')}</label>
          <input ref={titleInput} id={`${formId}-title`} value={title} aria-invalid={Boolean(error)}
            aria-describedby={error ? `${formId}-error` : undefined} onChange={(e) => setTitle(e.target.value)} />
          {error ? <p id={`${formId}-error`} className="field-error">{error}</p> : null}
        </div>
        <div className="field">
          <label htmlFor={`${formId}-p`}>{t('editor.probability')}</label>
          <select id={`${formId}-p`} value={probability} onChange={(e) => setProbability(Number(e.target.value))}>
            {LEVELS.map((l) => <option key={l} value={l}>{`${l} – ${labels.probability(l)}`}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${formId}-c`}>{t('editor.consequence')}</label>
          <select id={`${formId}-c`} value={consequence} onChange={(e) => setConsequence(Number(e.target.value))}>
            {LEVELS.map((l) => <option key={l} value={l}>{`${l} – ${labels.consequence(l)}`}</option>)}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>{t('add.submit')}</button>
          <button type="button" className="button" onClick={() => onDone()}>{t('add.cancel')}</button>
        </div>
      </div>
    </form>
  );
}
