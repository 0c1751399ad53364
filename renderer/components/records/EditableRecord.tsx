import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { Button, IconButton } from '../../ui';
import { DeleteRecordButton, type DeleteTarget } from './DeleteRecordButton';
import { useRecordUi } from './recordUi';
import { useRecordFocus } from './useRecordFocus';
import './i18n';
import './records.css';

/** Whether a record is open for editing, and the setter; moves focus when the pattern asks (useRecordFocus). */
export function useRecordEditing(id: string): [boolean, (on: boolean) => void] {
  const editing = useRecordUi((s) => s.editing[id] ?? false);
  useRecordFocus(id, editing);
  return [editing, (on) => useRecordUi.getState().setEditing(id, on)];
}

export interface MoveHandlers {
  /** Moves the record one place up; left out for the first. */
  up?: () => void;
  down?: () => void;
}

/**
 * A record's buttons: Rediger/Vis, Flytt opp/ned when the list has an
 * order, and Slett. Each names its record for screen readers
 * («Rediger: Mål 3»).
 */
export function RecordActions({ target, editing, onToggle, move, deletable = true }: {
  target: DeleteTarget;
  editing: boolean;
  onToggle(): void;
  move?: MoveHandlers;
  deletable?: boolean;
}) {
  const { t } = useTranslation('records');
  const { id, name } = target;
  return (
    <div className="record-actions">
      <Button size="sm" data-record-toggle={id} aria-pressed={editing}
        aria-label={editing ? t('viewName', { name }) : t('editName', { name })} onClick={onToggle}>
        {editing ? t('view') : t('edit')}
      </Button>
      {move ? (
        <>
          <IconButton icon={ArrowUp} variant="secondary" size="sm" className="record-move" disabled={!move.up} onClick={move.up}
            label={t('moveUpName', { name })} title={t('moveUp')} />
          <IconButton icon={ArrowDown} variant="secondary" size="sm" className="record-move" disabled={!move.down} onClick={move.down}
            label={t('moveDownName', { name })} title={t('moveDown')} />
        </>
      ) : null}
      {deletable ? <DeleteRecordButton {...target} /> : null}
    </div>
  );
}

/**
 * The fields of a record open for editing: a labelled group the pattern can
 * find its first field in. Escape closes it (`onClose`): the field being left
 * saves on blur first, and focus goes back to the record's Rediger button.
 */
export function RecordEditor({ id, name, children, className, onClose }: {
  id: string; name: string; children: ReactNode; className?: string; onClose?: () => void;
}) {
  const { t } = useTranslation('records');
  const close = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape' || !onClose || e.defaultPrevented) return;
    e.preventDefault();
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    onClose();
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-record-toggle="${id}"]`)?.focus());
  };
  return (
    <div className={`record-editor${className ? ` ${className}` : ''}`} role="group" aria-label={t('editing', { name })}
      data-record-editor={id} onKeyDown={close}>
      {children}
    </div>
  );
}

/**
 * One record drawn as a block (a plan section, a goal, a group): its heading
 * and buttons, then either how it reads (`view`) or its fields (`editor`,
 * made of the autosaving fields in forms/fields.tsx). Deleting leaves a
 * DeletedRecord in its place; draw the list with useRecordRows.
 */
export function EditableRecord({ target, heading, view, editor, move, as: Tag = 'div', className, deletable, children }: {
  target: DeleteTarget;
  /** The record's heading or title line, beside the buttons. */
  heading: ReactNode;
  view: ReactNode;
  editor: () => ReactNode;
  move?: MoveHandlers;
  as?: 'div' | 'li' | 'section';
  className?: string;
  deletable?: boolean;
  /** Shown under the record whether it is being edited or not (a chapter's goals under its text). */
  children?: ReactNode;
}) {
  const [editing, setEditing] = useRecordEditing(target.id);
  return (
    <Tag className={`record${editing ? ' record-editing' : ''}${className ? ` ${className}` : ''}`} data-record-id={target.id}>
      <div className="record-head">
        {heading}
        <RecordActions target={target} editing={editing} onToggle={() => setEditing(!editing)} move={move} deletable={deletable} />
      </div>
      {editing ? <RecordEditor id={target.id} name={target.name} onClose={() => setEditing(false)}>{editor()}</RecordEditor> : view}
      {children}
    </Tag>
  );
}
