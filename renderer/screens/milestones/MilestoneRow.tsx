import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MILESTONE_STATUSES, type MilestoneStatus } from '../../../shared/model/enums';
import { formatDateNb } from '../../../shared/rules/dates';
import { PLANNED_DATE_EXAMPLES, parsePlannedDate, type PlannedDate } from '../../../shared/rules/plannedDate';
import { actualVersusPlanned, isMilestoneLate, type ActualVersusPlanned } from '../../../shared/rules/projectCalendar';
import { DateField, RecordTextField, SelectField, TextField } from '../../forms/fields';
import { updateRecord } from '../../data/mutations';
import { DeleteRecordButton } from '../../components/records';
import { IconButton, StatusIcon } from '../../ui';
import { ArrowDown, ArrowUp, MessageSquarePlus, TriangleAlert } from 'lucide-react';
import type { PeriodRow } from '../budget/store';
import { useDateWords } from './format';
import type { MilestoneRow as Milestone } from './store';

export interface RowActions {
  /** The neighbour above and below in the same project year, if any: a move trades numbers with it. */
  readonly above?: Milestone;
  readonly below?: Milestone;
  move(m: Milestone, other: Milestone, direction: 'up' | 'down'): void;
  /** The table it is drawn in (records pattern): a deleted line keeps its row there with «Angre». */
  readonly list: string;
}

/**
 * One milestone, every field editable where it stands: number, description
 * and comment, the date as the plan writes it (with the range it is read as,
 * or «ukjent tidspunkt»), project year, status and actual date; and the
 * buttons that move or delete it. Fields save as typed (forms/fields.tsx).
 */
export function MilestoneLine({ milestone: m, all, periods, today, actions }: {
  milestone: Milestone; all: readonly Milestone[]; periods: readonly PeriodRow[]; today: string; actions: RowActions;
}) {
  const { t } = useTranslation(['milestones', 'translation']);
  const planned = parsePlannedDate(m.plannedText);
  const late = isMilestoneLate(m, today);
  const n = { number: m.number };
  const save = (patch: Record<string, unknown>, undo: string) => updateRecord('milestone', m.id, patch, undefined, t(`undo.${undo}`, n));
  // An empty comment takes no line of its own: «Skriv kommentar» opens its field (Actual Budget's notes).
  const [commenting, setCommenting] = useState(false);
  const showComment = commenting || m.comment.trim() !== '';
  const compared = actualVersusPlanned(planned, m.actualDate);
  useEffect(() => {
    if (commenting) document.querySelector<HTMLElement>(`[data-milestone-id="${m.id}"] .ms-comment textarea`)?.focus();
  }, [commenting, m.id]);
  return (
    <tr className={late ? 'row-late' : m.status === 'reached' ? 'row-reached' : undefined} data-milestone={m.number} data-milestone-id={m.id} data-record-id={m.id}>
      <td className="col-number ms-number">
        <NumberField milestone={m} all={all} />
      </td>
      <td className="ms-description">
        {/* Text areas that grow with their text: the plan's descriptions run to a hundred characters. */}
        <RecordTextField kind="milestone" record={m} field="description" label={t('descriptionLabel', n)} undoLabel={t('undo.description', n)} wrapping />
        {showComment ? (
          <div className="ms-comment">
            <RecordTextField kind="milestone" record={m} field="comment" label={t('commentLabel', n)} undoLabel={t('undo.comment', n)} multiline rows={1}
              placeholder={t('commentPlaceholder')} />
          </div>
        ) : null}
      </td>
      <td className={`ms-planned${planned.kind === 'unparsed' ? ' ms-planned-unknown' : ''}`}>
        <RecordTextField kind="milestone" record={m} field="plannedText" label={t('plannedLabel', n)} undoLabel={t('undo.planned', n)} wrapping
          hint={t('plannedHint', { examples: PLANNED_DATE_EXAMPLES.join(', ') })} />
        <PlannedReading planned={planned} />
      </td>
      <td className="ms-period">
        <SelectField<string>
          label={t('periodLabel', n)}
          value={m.periodId ?? ''}
          options={[...periods.map((p) => ({ value: p.id, label: p.label })), { value: '', label: t('noPeriodOption') }]}
          onCommit={(v) => save({ periodId: v === '' ? null : v }, 'period')}
        />
      </td>
      <td className="ms-status">
        <div className="ms-status-line">
          <SelectField<MilestoneStatus>
            label={t('statusLabel', n)}
            value={m.status}
            options={MILESTONE_STATUSES.map((s) => ({ value: s, label: t(`translation:enums.milestoneStatus.${s}`) }))}
            onCommit={(status) => save({ status }, 'status')}
          />
          {/* The mark is its symbol beside the status; its words are the symbol's tooltip and are read out. */}
          {late ? (
            <p className="late-mark" title={`${t('late')}${planned.kind === 'range' ? `, ${t('lateSince', { date: formatDateNb(planned.to) })}` : ''}`}>
              <StatusIcon light="yellow" /> <span className="ms-mark-words"><strong>{t('late')}</strong>
                {planned.kind === 'range' ? <> <span className="late-since">{t('lateSince', { date: formatDateNb(planned.to) })}</span></> : null}</span>
            </p>
          ) : m.status === 'reached' ? (
            <p className="reached-mark" title={t('reached')}><StatusIcon light="green" /> <span className="ms-mark-words">{t('reached')}</span></p>
          ) : null}
        </div>
      </td>
      <td className="ms-actual">
        <DateField label={t('actualLabel', n)} value={m.actualDate} optional onCommit={(actualDate) => save({ actualDate }, 'actual')} />
        <div className={`ms-compare${compared.kind === 'no_actual' ? ' ms-compare-none' : ''}`}><Comparison value={compared} /></div>
      </td>
      <td className="ms-actions">
        <div className="ms-action-buttons">
          {showComment ? null : (
            <IconButton icon={MessageSquarePlus} size="sm" variant="quiet" className="ms-comment-add" label={t('addComment', n)} onClick={() => setCommenting(true)} />
          )}
          <IconButton icon={ArrowUp} size="sm" variant="secondary" data-focus={`${m.id}:up`} label={t('moveUp', n)}
            disabled={!actions.above} onClick={() => actions.above && actions.move(m, actions.above, 'up')} />
          <IconButton icon={ArrowDown} size="sm" variant="secondary" data-focus={`${m.id}:down`} label={t('moveDown', n)}
            disabled={!actions.below} onClick={() => actions.below && actions.move(m, actions.below, 'down')} />
          <DeleteRecordButton kind="milestone" id={m.id} name={t('recordName', n)} list={actions.list} />
        </div>
      </td>
    </tr>
  );
}

/** The number is the milestone's place in the plan; two milestones with one number would make "milepæl 5" ambiguous. */
function NumberField({ milestone: m, all }: { milestone: Milestone; all: readonly Milestone[] }) {
  const { t } = useTranslation('milestones');
  const read = (text: string) => (/^\s*\d{1,5}\s*$/.test(text) ? Number(text) : undefined);
  return (
    <TextField
      label={t('numberLabel', { number: m.number })}
      value={String(m.number)}
      // Not a record draft key (kind:id:field): a kept draft is text, and the app's notice would save it as text.
      draftKey={`milestone-number|${m.id}`}
      validate={(text) => {
        const value = read(text);
        if (value === undefined || value < 1 || value > 10_000) return t('numberInvalid');
        const other = all.find((o) => o.id !== m.id && o.number === value);
        return other ? t('numberTaken', { number: value, description: other.description }) : undefined;
      }}
      onCommit={(text, options) => {
        const value = read(text);
        if (value === undefined || value === m.number) return;
        return updateRecord('milestone', m.id, { number: value }, undefined, t('undo.number', { number: m.number }), options);
      }}
    />
  );
}

/** What the written date is read as: its days and ISO weeks, or «ukjent tidspunkt» with a symbol, never a silent blank. */
function PlannedReading({ planned }: { planned: PlannedDate }) {
  const { t } = useTranslation('milestones');
  const words = useDateWords();
  if (planned.kind === 'range') {
    return (
      <div className="ms-range">
        <span className="nowrap">{words.range(planned)}</span>{' '}
        <span className="ms-weeks">{words.weeks(planned.from, planned.to)}</span>
      </div>
    );
  }
  if (planned.kind === 'unparsed') {
    return (
      <div className="ms-range ms-unknown">
        <TriangleAlert aria-hidden="true" size={14} /> {t('unparsed')}
      </div>
    );
  }
  return <div className="ms-range muted">{words.range(planned)}</div>;
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
