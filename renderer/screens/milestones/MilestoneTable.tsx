import { useTranslation } from 'react-i18next';
import { MILESTONE_STATUSES, type MilestoneStatus } from '../../../shared/model/enums';
import { formatDateNb } from '../../../shared/rules/dates';
import { parsePlannedDate } from '../../../shared/rules/plannedDate';
import { actualVersusPlanned, isMilestoneLate, type ActualVersusPlanned } from '../../../shared/rules/projectCalendar';
import { DateField, SelectField } from '../../forms/fields';
import { updateRecord } from '../../data/mutations';
import { StatusIcon } from '../overview/StatusLight';
import { useDateWords } from './format';
import type { MilestoneRow } from './store';

export interface MilestoneGroup {
  key: string;
  heading: string;
  milestones: MilestoneRow[];
}

/** The milestone plan as tables, one per project year, as the plan draws it. */
export function MilestoneTable({ groups, today }: { groups: MilestoneGroup[]; today: string }) {
  const { t } = useTranslation('milestones');
  return (
    <>
      {groups.map((g) => (
        <section key={g.key} className="panel" aria-labelledby={`ms-group-${g.key}`}>
          <h2 id={`ms-group-${g.key}`}>{g.heading}</h2>
          <div className="table-scroll">
            <table className="data-table milestone-table" aria-labelledby={`ms-group-${g.key}`}>
              <thead>
                <tr>
                  <th scope="col" className="col-number">{t('col.number')}</th>
                  <th scope="col">{t('col.description')}</th>
                  <th scope="col" className="col-planned">{t('col.planned')}</th>
                  <th scope="col" className="col-range">{t('col.range')}</th>
                  <th scope="col" className="col-status">{t('col.status')}</th>
                  <th scope="col" className="col-actual">{t('col.actual')}</th>
                  <th scope="col" className="col-compare">{t('col.comparison')}</th>
                </tr>
              </thead>
              <tbody>
                {g.milestones.map((m) => <MilestoneLine key={m.id} milestone={m} today={today} />)}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}

function MilestoneLine({ milestone: m, today }: { milestone: MilestoneRow; today: string }) {
  const { t } = useTranslation(['milestones', 'translation']);
  const words = useDateWords();
  const planned = parsePlannedDate(m.plannedText);
  const late = isMilestoneLate(m, today);
  const comparison = actualVersusPlanned(planned, m.actualDate);
  return (
    <tr className={late ? 'row-late' : m.status === 'reached' ? 'row-reached' : undefined} data-milestone={m.number} data-record-id={m.id}>
      <td className="col-number">{m.number}</td>
      <th scope="row" className="ms-description">{m.description}</th>
      <td className="ms-planned">
        {m.plannedText.trim() ? m.plannedText : <span className="muted">{t('notWritten')}</span>}
      </td>
      <td className="ms-range">
        {planned.kind === 'range' ? (
          <>
            <span className="nowrap">{words.range(planned)}</span>{' '}
            <span className="ms-weeks">{words.weeks(planned.from, planned.to)}</span>
          </>
        ) : (
          <span className="muted">{words.range(planned)}</span>
        )}
      </td>
      <td className="ms-status">
        <SelectField<MilestoneStatus>
          label={t('statusLabel', { number: m.number })}
          value={m.status}
          options={MILESTONE_STATUSES.map((s) => ({ value: s, label: t(`translation:enums.milestoneStatus.${s}`) }))}
          onCommit={(status) => updateRecord('milestone', m.id, { status }, { status: m.status }, t('undo.status', { number: m.number }))}
        />
        {late ? (
          <p className="late-mark">
            <StatusIcon light="yellow" /> <strong>{t('late')}</strong>
            {planned.kind === 'range' ? <> <span className="late-since">{t('lateSince', { date: formatDateNb(planned.to) })}</span></> : null}
          </p>
        ) : m.status === 'reached' ? (
          <p className="reached-mark"><StatusIcon light="green" /> {t('reached')}</p>
        ) : null}
      </td>
      <td className="ms-actual">
        <DateField
          label={t('actualLabel', { number: m.number })}
          value={m.actualDate}
          optional
          onCommit={(actualDate) => updateRecord('milestone', m.id, { actualDate }, { actualDate: m.actualDate }, t('undo.actual', { number: m.number }))}
        />
      </td>
      <td className="ms-compare">
        <Comparison value={comparison} />
      </td>
    </tr>
  );
}

function Comparison({ value }: { value: ActualVersusPlanned }) {
  const { t } = useTranslation('milestones');
  switch (value.kind) {
    case 'no_actual':
      return <span className="muted">{t('compare.none')}</span>;
    case 'no_plan':
      return <span className="muted">{t('compare.noPlan')}</span>;
    case 'on_time':
      return <span>{t('compare.onTime')}</span>;
    case 'early':
      return <span>{t('compare.early', { count: value.days })}</span>;
    case 'after':
      return <span className="compare-after">{t('compare.after', { count: value.days })}</span>;
  }
}
