import { useTranslation } from 'react-i18next';
import { AddRecordButton, DeletedRecord, EditableRecord, useMoveInList, useRecordRows } from '../../components/records';
import { RecordTextField } from '../../forms/fields';
import { usePlanStore } from './store';

const LIST = 'plan-goals';

/** The project's goals: each reads as text, «Rediger» opens its field, with add, delete (Angre in place) and order. */
export function PlanGoals({ title }: { title: string }) {
  const { t } = useTranslation('plan');
  const goals = usePlanStore((s) => s.goals);
  const rows = useRecordRows(LIST, goals);
  const move = useMoveInList('goal', goals, (g) => t('goalText', { number: g.number }));
  return (
    <section className="plan-block" aria-labelledby="plan-goals">
      <h2 id="plan-goals">{title}</h2>
      <ol className="goals records">
        {rows.map((row) => {
          if (row.tombstone) return <DeletedRecord key={row.key} list={LIST} tombstone={row.tombstone} as="li" />;
          const g = row.record;
          const name = t('goalText', { number: g.number });
          return (
            <EditableRecord key={row.key} as="li" className="goal"
              target={{ kind: 'goal', id: g.id, name, list: LIST }}
              heading={<p className="goal-text"><span className="goal-number">{name}:</span> {g.text}</p>}
              view={null}
              move={move(g)}
              editor={() => <RecordTextField kind="goal" record={g} field="text" label={name} multiline rows={3} />} />
          );
        })}
      </ol>
      <AddRecordButton kind="goal" label={t('addGoal')} undoLabel={t('undo.addGoal')} fields={() => ({ text: t('newGoal') })} />
    </section>
  );
}
