import { useId, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_STATUSES, type RiskStatus } from '../../../shared/model/enums';
import { formatDateNb } from '../../../shared/rules/dates';
import { LEVELS, riskScore, riskZone } from '../../../shared/rules/riskMatrix';
import { useRiskCriteria } from './criteria';
import { updateRecord } from '../../data/mutations';
import { DeleteRecordButton } from '../../components/records';
import { RecordTextField, SelectField } from '../../forms/fields';
import { assessResidual, moveRisk } from './actions';
import { useScaleLabels } from './labels';
import { isLevel } from './matrixModel';
import type { Person, Risk, RiskAssessment } from './registerModel';
import { ZoneScore } from './ZoneMarker';
import { RISKS_LIST } from './store';
import { Badge, IconButton } from '../../ui';
import { X } from 'lucide-react';

interface RiskEditorProps {
  risk: Risk;
  people: readonly Person[];
  history: readonly RiskAssessment[];
  onClose(): void;
  /** The panel's heading, focused when the panel opens. */
  headingRef?: Ref<HTMLHeadingElement>;
}

type Rec = { id: string } & Record<string, unknown>;

/**
 * One risk, all of it: its words, its scores before and after measures, who
 * owns it and how it is followed up, and how it has been assessed over time.
 * Every field saves when the user leaves it; a change of score is a new dated
 * assessment, as a move in the matrix is.
 */
export function RiskEditor({ risk, people, history, onClose, headingRef }: RiskEditorProps) {
  const { t } = useTranslation('risks');
  const { t: tc } = useTranslation();
  const labels = useScaleLabels();
  const headingId = useId();
  const record = risk as unknown as Rec;
  const n = { number: risk.number };
  const { bands } = useRiskCriteria();
  const zone = riskZone(risk.probability, risk.consequence, bands);
  const residual = isLevel(risk.residualProbability) && isLevel(risk.residualConsequence)
    ? { probability: risk.residualProbability, consequence: risk.residualConsequence }
    : null;

  const levelOptions = (axis: 'probability' | 'consequence') =>
    LEVELS.map((level) => ({ value: String(level), label: `${level} – ${labels[axis](level)}` }));
  const residualOptions = (axis: 'probability' | 'consequence') => [{ value: '', label: t('editor.notAssessed') }, ...levelOptions(axis)];

  // One editing session per opening of the panel: its score changes make one dated assessment (the workbook's rule).
  const editing = useMemo(() => `editor-${risk.id}-${crypto.randomUUID()}`, [risk.id]);
  const assess = (patch: { probability?: number; consequence?: number }) =>
    moveRisk(risk, {
      probability: (patch.probability ?? risk.probability) as 1,
      consequence: (patch.consequence ?? risk.consequence) as 1,
    }, 'before', t('editor.undo.assess', n), undefined, editing);

  const assessAfter = (patch: { probability?: number | null; consequence?: number | null }) =>
    assessResidual(risk, patch, t('editor.undo.assess', n), editing);

  return (
    <aside className="risk-editor" aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          // Leaving the field saves what was typed in it, as leaving it any other way does.
          if (document.activeElement instanceof HTMLElement && e.currentTarget.contains(document.activeElement)) document.activeElement.blur();
          onClose();
        }
      }}>
      <div className="editor-head">
        <div>
          <p className="editor-eyebrow">{t('editor.eyebrow', n)}</p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="editor-title">{risk.title}</h2>
          <p className="editor-zone"><ZoneScore score={riskScore(risk.probability, risk.consequence)} zone={zone} /></p>
        </div>
        <IconButton icon={X} label={t('editor.close', n)} onClick={onClose} />
      </div>

      <form className="editor-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={headingId}>
        <RecordTextField kind="risk" record={record} field="title" label={t('editor.title')} undoLabel={t('editor.undo.title', n)} />
        <RecordTextField kind="risk" record={record} field="description" label={t('editor.description')} multiline
          undoLabel={t('editor.undo.description', n)} />
        <RecordTextField kind="risk" record={record} field="measures" label={t('editor.measures')} multiline
          undoLabel={t('editor.undo.measures', n)} />

        <fieldset className="editor-group">
          <legend>{t('editor.before')}</legend>
          <div className="field-pair">
            <SelectField label={t('editor.probability')} value={String(risk.probability)} options={levelOptions('probability')}
              onCommit={(v) => assess({ probability: Number(v) })} />
            <SelectField label={t('editor.consequence')} value={String(risk.consequence)} options={levelOptions('consequence')}
              onCommit={(v) => assess({ consequence: Number(v) })} />
          </div>
        </fieldset>

        <fieldset className="editor-group">
          <legend>{t('editor.after')}</legend>
          <p className="risk-hint">{t('editor.afterHint')}</p>
          <div className="field-pair">
            <SelectField label={t('editor.probability')} value={risk.residualProbability == null ? '' : String(risk.residualProbability)}
              options={residualOptions('probability')} onCommit={(v) => assessAfter({ probability: v === '' ? null : Number(v) })} />
            <SelectField label={t('editor.consequence')} value={risk.residualConsequence == null ? '' : String(risk.residualConsequence)}
              options={residualOptions('consequence')} onCommit={(v) => assessAfter({ consequence: v === '' ? null : Number(v) })} />
          </div>
          {residual ? (
            <p className="editor-zone">
              <ZoneScore score={riskScore(residual.probability, residual.consequence)} zone={riskZone(residual.probability, residual.consequence, bands)} />
            </p>
          ) : null}
        </fieldset>

        <fieldset className="editor-group">
          <legend>{t('editor.followUp')}</legend>
          <div className="field-pair">
            <SelectField label={t('editor.owner')} value={risk.ownerId ?? ''}
              options={[{ value: '', label: t('editor.noOwner') }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
              onCommit={(v) => updateRecord('risk', risk.id, { ownerId: v === '' ? null : v }, { ownerId: risk.ownerId }, t('editor.undo.owner', n))} />
            <SelectField<RiskStatus> label={t('editor.status')} value={risk.status}
              options={RISK_STATUSES.map((s) => ({ value: s, label: tc(`enums.riskStatus.${s}`) }))}
              onCommit={(v) => updateRecord('risk', risk.id, { status: v }, { status: risk.status }, t('editor.undo.status', n))} />
          </div>
        </fieldset>
      </form>

      <section className="editor-history" aria-labelledby={`${headingId}-history`}>
        <h3 id={`${headingId}-history`}>{t('editor.history')}</h3>
        <p className="risk-hint">{t('editor.historyHint')}</p>
        {history.length === 0 ? <p className="risk-hint">{t('editor.historyEmpty')}</p> : (
          <ol className="history-list">
            {history.map((a, i) => {
              const after = isLevel(a.residualProbability) && isLevel(a.residualConsequence)
                ? { probability: a.residualProbability, consequence: a.residualConsequence }
                : null;
              return (
                <li key={a.id} className="history-entry" data-assessment-id={a.id}>
                  <div className="history-date">
                    <time dateTime={a.date}>{formatDateNb(a.date)}</time>
                    {i === 0 ? <Badge tone="accent">{t('editor.latest')}</Badge> : null}
                  </div>
                  <div className="history-body">
                    <p className="history-scores">
                      {t('editor.historyScores', { probability: labels.probability(a.probability), consequence: labels.consequence(a.consequence) })}
                    </p>
                    <p className="history-zone"><ZoneScore score={riskScore(a.probability, a.consequence)} zone={riskZone(a.probability, a.consequence, bands)} /></p>
                    {after ? (
                      <>
                        <p className="history-after">
                          {t('editor.historyAfter', { probability: labels.probability(after.probability), consequence: labels.consequence(after.consequence) })}
                        </p>
                        <p className="history-zone"><ZoneScore score={riskScore(after.probability, after.consequence)} zone={riskZone(after.probability, after.consequence, bands)} /></p>
                      </>
                    ) : null}
                    {i === 0 ? (
                      <div className="history-note-field">
                        <RecordTextField kind="risk-assessment" record={a as unknown as Rec} field="note" label={t('editor.note')}
                          undoLabel={t('editor.undo.note', n)} />
                      </div>
                    ) : a.note ? <p className="history-note">{a.note}</p> : null}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <div className="editor-actions">
        {/* The panel closes once the risk is gone; the register keeps «Risiko 4 er slettet. Angre» in its row.
            Its dated assessments go with it (and come back with Angre), so the button asks first. */}
        <DeleteRecordButton kind="risk" id={risk.id} name={t('editor.eyebrow', n)} list={RISKS_LIST}
          children={history.length > 0 ? t('editor.assessmentCount', { count: history.length }) : undefined} />
      </div>
    </aside>
  );
}
