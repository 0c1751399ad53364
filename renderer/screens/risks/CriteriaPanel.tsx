import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { riskCriteriaText } from '../../../shared/model/riskCriteriaFields';
import { formatDateNb, parseDateNb, todayIso } from '../../../shared/rules/dates';
import { bandProblems, decisionFields, ZONE_LABEL_SETS, ZONES, type ZoneBand, type ZoneLabelSet } from '../../../shared/rules/riskCriteria';
import { updateRecord } from '../../data/mutations';
import { wordText } from '../../i18n/messages';
import { Badge, Button, Field, Panel, Segmented, Select, StatusLight } from '../../ui';
import { useRiskCriteria, zoneWordKey } from './criteria';
import { useRiskData } from './store';

type End = 'from' | 'to';
/** The six limits as typed: text, so a half-typed «1» of «15» is kept as the user sees it. */
type Draft = readonly { from: string; to: string }[];

const asDraft = (bands: readonly ZoneBand[]): Draft => bands.map((b) => ({ from: String(b.from), to: String(b.to) }));
/** A limit as typed, as a number; anything but a whole number becomes NaN, which the rule calls «outside 1–25». */
const limit = (text: string): number => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);
const asBands = (draft: Draft): ZoneBand[] => draft.map((d) => ({ from: limit(d.from), to: limit(d.to) }));

/**
 * Akseptkriteriene: the zone limits and the zones' names the municipality
 * decides, and its decision («Vedta»: who and when). The rules are
 * shared/rules/riskCriteria.ts: this panel only shows their verdict at the
 * field it concerns and writes through the workbook's update command, which
 * checks the same rules again. Until a decision is recorded for exactly these
 * criteria, they show as «forslag».
 */
export function CriteriaPanel() {
  const { t } = useTranslation('risks');
  const { t: tc } = useTranslation();
  const project = useRiskData((s) => s.project);
  const people = useRiskData((s) => s.people);
  const criteria = useRiskCriteria();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => asDraft(criteria.bands));
  const [saveError, setSaveError] = useState<string | undefined>();

  // Another window, an undo or a sync changed the criteria: the fields follow when they hold no unsaved edit.
  const savedKey = criteria.bands.map((b) => `${b.from}-${b.to}`).join(',');
  const [shownKey, setShownKey] = useState(savedKey);
  useEffect(() => {
    if (savedKey === shownKey) return;
    setShownKey(savedKey);
    setDraft(asDraft(criteria.bands));
  }, [savedKey, shownKey, criteria.bands]);

  if (!project) return null;
  const projectId = project.id;

  const problems = bandProblems(asBands(draft));
  const errorAt = (zone: number, end: End) => {
    const here = problems.filter((p) => p.at.zone === zone && p.at.end === end);
    return here.length > 0 ? here.map((p) => wordText(riskCriteriaText({ message: p.key, params: p.params }))).join('; ') : undefined;
  };
  const unsaved = asBands(draft).some((b, i) => b.from !== criteria.bands[i]!.from || b.to !== criteria.bands[i]!.to);

  async function saveBands() {
    if (problems.length > 0 || !unsaved) return;
    setSaveError(undefined);
    try {
      await updateRecord('project', projectId, { riskZones: asBands(draft) }, undefined, t('criteria.undo.zones'));
    } catch (e) {
      setSaveError(t('criteria.saveFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  }

  async function saveLabels(labels: ZoneLabelSet) {
    setSaveError(undefined);
    try {
      await updateRecord('project', projectId, { riskZoneLabels: labels }, undefined, t('criteria.undo.labels'));
    } catch (e) {
      setSaveError(t('criteria.saveFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  }

  const decidedBy = [people.find((p) => p.id === criteria.decision?.byId)?.name, criteria.decision?.by].filter(Boolean).join(', ');
  const oldDecision = criteria.changedSinceDecision ? project.riskCriteriaDecidedOn : null;

  return (
    <Panel className="criteria-panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} className="panel-title">{t('criteria.heading')}</h2>
        <p className="criteria-status" data-testid="criteria-status">
          {criteria.decision ? (
            <Badge tone="success">{t('criteria.decided', { date: formatDateNb(criteria.decision.on), by: decidedBy || '–' })}</Badge>
          ) : (
            <Badge tone="warning">
              {oldDecision ? t('criteria.changedSince', { date: formatDateNb(oldDecision) }) : t('criteria.proposed')}
            </Badge>
          )}
        </p>
      </div>
      <p className="criteria-summary">
        {ZONES.map((zone, i) => (
          <span key={zone} className="criteria-summary-zone">
            <StatusLight zone={zone}>{tc(zoneWordKey(zone, criteria.labels))}</StatusLight>{' '}
            <span className="criteria-summary-range">{t('criteria.range', { from: criteria.bands[i]!.from, to: criteria.bands[i]!.to })}</span>
          </span>
        ))}
      </p>
      {!editing && !deciding ? (
        <div className="criteria-actions">
          <Button onClick={() => setEditing(true)}>{t('criteria.edit')}</Button>
          <Button variant="primary" onClick={() => setDeciding(true)}>{t('criteria.decide')}</Button>
        </div>
      ) : null}

      {editing ? (
        <div className="criteria-editor">
          <p className="criteria-hint">{t('criteria.hint')}</p>
          <div className="criteria-zones">
            {ZONES.map((zone, i) => (
              <fieldset key={zone} className={`criteria-zone zone-${zone}`}>
                <legend><StatusLight zone={zone}>{tc(zoneWordKey(zone, criteria.labels))}</StatusLight></legend>
                {(['from', 'to'] as const).map((end) => (
                  <Field key={end} label={t(`criteria.${end}`)} error={errorAt(i, end)}>
                    <input className="ui-input criteria-limit" inputMode="numeric" size={3} value={draft[i]![end]}
                      data-zone={zone} data-end={end}
                      onChange={(e) => setDraft(draft.map((d, j) => (j === i ? { ...d, [end]: e.target.value } : d)))}
                      onBlur={() => void saveBands()}
                      onKeyDown={(e) => e.key === 'Enter' && void saveBands()} />
                  </Field>
                ))}
              </fieldset>
            ))}
          </div>
          {problems.length > 0 ? <p className="criteria-unsaved" role="status">{t('criteria.notSaved')}</p> : null}
          <div className="criteria-names">
            <span className="criteria-names-label" aria-hidden="true">{t('criteria.names')}</span>
            <Segmented label={t('criteria.names')} value={criteria.labels} onChange={(v) => void saveLabels(v)}
              options={ZONE_LABEL_SETS.map((set) => ({ value: set, label: tc(`enums.zoneLabelSet.${set}`) }))} />
          </div>
          <div className="criteria-actions">
            <Button onClick={() => {
              setEditing(false);
              setDraft(asDraft(criteria.bands));
            }}>{t('criteria.done')}</Button>
          </div>
        </div>
      ) : null}
      {saveError ? <p role="alert" className="notice notice-error">{saveError}</p> : null}

      {deciding ? (
        <DecideForm people={people} blocked={editing && (problems.length > 0 || unsaved)}
          onDecide={async (on, byId, by) => {
            await updateRecord('project', projectId, decisionFields(criteria, on, byId, by), undefined, t('criteria.undo.decide'));
            setDeciding(false);
            setEditing(false);
          }}
          onCancel={() => setDeciding(false)} />
      ) : null}
    </Panel>
  );
}

/** «Vedta»: the date of the decision and who made it, a person in the workbook, a body in words, or both. */
function DecideForm({ people, blocked, onDecide, onCancel }: {
  people: readonly { id: string; name: string }[];
  /** The limits being edited are not saved (or not valid): a decision would cover other criteria than those shown. */
  blocked: boolean;
  onDecide(on: string, byId: string | null, by: string): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation('risks');
  const { t: tc } = useTranslation();
  const [date, setDate] = useState(formatDateNb(todayIso()));
  const [byId, setById] = useState('');
  const [by, setBy] = useState('');
  const [errors, setErrors] = useState<{ date?: string; by?: string; save?: string }>({});
  const [busy, setBusy] = useState(false);
  const formId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const on = parseDateNb(date);
    const next = {
      date: on ? undefined : tc('field.invalidDate'),
      by: byId || by.trim() ? undefined : t('criteria.byRequired'),
    };
    setErrors(next);
    if (!on || next.by || blocked) return;
    setBusy(true);
    try {
      await onDecide(on, byId || null, by);
    } catch (err) {
      setErrors({ save: t('criteria.decideFailed', { message: err instanceof Error ? err.message : String(err) }) });
      setBusy(false);
    }
  }

  return (
    <form className="criteria-decide" aria-labelledby={`${formId}-heading`} onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h3 id={`${formId}-heading`} className="criteria-decide-title">{t('criteria.decideHeading')}</h3>
      <p className="criteria-hint">{t('criteria.decideHint')}</p>
      <div className="criteria-decide-fields">
        <Field label={t('criteria.decidedOn')} error={errors.date}>
          <input className="ui-input" value={date} placeholder={tc('formats.datePlaceholder')} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field label={t('criteria.decidedById')} error={errors.by}>
          <Select value={byId} onChange={setById}
            options={[{ value: '', label: t('criteria.nobody') }, ...people.map((p) => ({ value: p.id, label: p.name }))]} />
        </Field>
        <Field label={t('criteria.decidedBy')} hint={t('criteria.decidedByHint')}>
          <input className="ui-input" value={by} onChange={(e) => setBy(e.target.value)} />
        </Field>
      </div>
      {blocked ? <p className="criteria-unsaved" role="status">{t('criteria.blocked')}</p> : null}
      {errors.save ? <p role="alert" className="notice notice-error">{errors.save}</p> : null}
      <div className="criteria-actions">
        <Button type="submit" variant="primary" disabled={busy || blocked}>{t('criteria.decideSubmit')}</Button>
        <Button onClick={onCancel}>{t('criteria.cancel')}</Button>
      </div>
    </form>
  );
}
