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
import { CriteriaPanel } from './CriteriaPanel';
import { useRiskCriteria, zoneWordKey } from './criteria';
import { RiskMatrix } from './RiskMatrix';
import { RegisterCount, RiskFilterBar, RiskRegisterTable } from './RiskRegister';
import { RISK_KINDS, useAnnouncer, useRiskData, useRiskView } from './store';
import { useLoaded } from '../../data/loadedStore';
import { LoadProblem } from '../../components/LoadProblem';
import { ZoneLegend } from './ZoneMarker';
import { useRecordUi } from '../../components/records';
import { printRoute } from '../../../shared/report/printRoutes';
import { useRecordInRoute } from '../../search/recordRoute';
import { Button, EmptyState, Field, Panel, Segmented, Select, StatusLight, buttonClass } from '../../ui';
import { Plus, Printer, SearchX, ShieldCheck } from 'lucide-react';

/** Risikoregisteret: the matrix, the register and the risk being edited, side by side. */
export function Risks() {
  const { t } = useTranslation('risks');
  const data = useLoaded(useRiskData, RISK_KINDS);
  const view = useRiskView();

  const criteria = useRiskCriteria();
  const all = useMemo(() => registerRows(data.risks, data.people, criteria.bands), [data.risks, data.people, criteria.bands]);
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
          <a className={buttonClass('secondary', 'md')} href={printRoute('risk-matrix', { orientation: view.orientation })}>
            <Printer aria-hidden="true" size={18} /> {t('print')}
          </a>
          {adding ? null : (
            <Button ref={addButton} variant="primary" icon={<Plus aria-hidden="true" size={18} />} onClick={() => setAdding(true)}>
              {t('add.open')}
            </Button>
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

          <CriteriaPanel />

          <Panel className="register-panel" aria-labelledby="register-heading">
            <div className="register-head">
              <h2 id="register-heading" className="panel-title">{t('register.heading')}</h2>
              <RegisterCount filter={view.filter} shown={shown.length} total={all.length} onClear={() => view.setFilter(EMPTY_FILTER)} />
            </div>
            <RiskFilterBar filter={view.filter} people={data.people} onChange={view.setFilter} />
            {all.length === 0 ? (
              <EmptyState icon={ShieldCheck} title={t('register.none')}
                action={adding ? undefined : <Button variant="primary" icon={<Plus aria-hidden="true" size={18} />} onClick={() => setAdding(true)}>{t('add.open')}</Button>} />
            ) : shown.length === 0 ? (
              <EmptyState icon={SearchX} title={t('register.noMatch')}
                action={<Button onClick={() => view.setFilter(EMPTY_FILTER)}>{t('filter.clear')}</Button>} />
            ) : <RiskRegisterTable rows={shown} sort={view.sort} selectedId={view.selectedId} onSort={view.setSort} onOpen={open} />}
          </Panel>
        </div>

        {selected ? (
          <RiskEditor key={selected.id} risk={selected} people={data.people} history={historyOf(data.assessments, selected.id)}
            headingRef={headingRef} onClose={close} />
        ) : null}
      </div>
    </section>
  );
}

function ZoneSummary({ rows }: { rows: readonly RegisterRow[] }) {
  const { t } = useTranslation('risks');
  const { t: tc } = useTranslation();
  const criteria = useRiskCriteria();
  const counts = new Map<Zone, number>();
  for (const r of rows) counts.set(r.zone, (counts.get(r.zone) ?? 0) + 1);
  return (
    <ul className="zone-summary">
      <li className="zone-summary-total">{t('summary.total', { count: rows.length })}</li>
      {[...ZONE_ORDER].reverse().map((zone) => (
        <li key={zone} className={`zone-count zone-${zone}`}>
          <StatusLight zone={zone}><strong>{counts.get(zone) ?? 0}</strong> {tc(zoneWordKey(zone, criteria.labels))}</StatusLight>
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
    <Panel className="matrix-panel" aria-labelledby="matrix-heading">
      <div className="panel-head">
        <h2 id="matrix-heading" className="panel-title">{t('matrix.heading')}</h2>
        <div className="matrix-settings" role="group" aria-label={t('matrix.settings')}>
          {showViewToggle ? (
            <span className="matrix-setting">
              <span aria-hidden="true">{t('matrix.view')}</span>
              <Segmented label={t('matrix.view')} value={matrixView} onChange={onView}
                options={[{ value: 'before', label: t('matrix.before') }, { value: 'after', label: t('matrix.after') }]} />
            </span>
          ) : null}
          <span className="matrix-setting" title={orientation === 'plan' ? t('matrix.orientationPlanHint') : t('matrix.orientationDsbHint')}>
            <span aria-hidden="true">{t('matrix.orientation')}</span>
            <Segmented label={t('matrix.orientation')} value={orientation} onChange={onOrientation}
              options={[{ value: 'plan', label: t('matrix.orientationPlan') }, { value: 'dsb', label: t('matrix.orientationDsb') }]} />
          </span>
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
    </Panel>
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
    <form className="ui-panel add-risk" aria-labelledby={`${formId}-heading`} onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}>
      <h2 id={`${formId}-heading`} className="panel-title">{t('add.heading')}</h2>
      <div className="add-risk-fields">
        <Field className="add-risk-title" label={t('add.title')} error={error}>
          <input ref={titleInput} className="ui-input" value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={t('editor.probability')}>
          <Select value={String(probability)} onChange={(v) => setProbability(Number(v))}
            options={LEVELS.map((l) => ({ value: String(l), label: `${l} – ${labels.probability(l)}` }))} />
        </Field>
        <Field label={t('editor.consequence')}>
          <Select value={String(consequence)} onChange={(v) => setConsequence(Number(v))}
            options={LEVELS.map((l) => ({ value: String(l), label: `${l} – ${labels.consequence(l)}` }))} />
        </Field>
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={busy}>{t('add.submit')}</Button>
          <Button onClick={() => onDone()}>{t('add.cancel')}</Button>
        </div>
      </div>
    </form>
  );
}
