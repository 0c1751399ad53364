import { useTranslation } from 'react-i18next';
import { updateRecord } from '../../data/mutations';
import { DateField, RecordTextField } from '../../forms/fields';
import { usePlanStore } from './store';

/**
 * The plan's version and the date it was approved («vedtatt»), which the
 * printed plan's title page carries: edited here, saved as typed, undoable.
 */
export function PlanEdition() {
  const { t } = useTranslation('plan');
  const project = usePlanStore((s) => s.project[0]);
  if (!project) return null;
  return (
    <section className="plan-block plan-edition" aria-labelledby="plan-edition">
      <h2 id="plan-edition">{t('edition')}</h2>
      <p className="plan-edition-hint">{t('editionHint')}</p>
      <div className="plan-edition-fields">
        <RecordTextField kind="project" record={project} field="planVersion" label={t('planVersion')} placeholder="1.0"
          undoLabel={t('undo.editVersion')} />
        <DateField label={t('approvedDate')} value={project.approvedDate} optional
          onCommit={(v, o) => updateRecord('project', project.id, { approvedDate: v }, undefined, t('undo.editApproved'), o)} />
      </div>
    </section>
  );
}
