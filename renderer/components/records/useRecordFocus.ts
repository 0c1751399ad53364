import { useEffect } from 'react';
import { useRecordUi } from './recordUi';

const firstField = (id: string) =>
  ['input:not([type=hidden])', 'textarea', 'select'].map((s) => `[data-record-editor="${id}"] ${s}`).join(', ');

/**
 * Moves focus into a record when the pattern asks for it: a record just made
 * with «Legg til …» gets it on its first field (text selected, so typing
 * replaces the placeholder); one brought back by Angre gets it on its Rediger
 * button. The record's editor carries data-record-editor={id} and its toggle
 * data-record-toggle={id} (RecordEditor, RecordActions), wherever they are
 * drawn: a card, or a table row with its editor in the row below.
 */
export function useRecordFocus(id: string, editing: boolean): void {
  const created = useRecordUi((s) => s.created === id);
  const wantsToggle = useRecordUi((s) => s.focusToggle === id);
  useEffect(() => {
    if (!created || !editing) return;
    const field = document.querySelector<HTMLInputElement>(firstField(id));
    if (!field) return;
    field.focus();
    if (typeof field.select === 'function') field.select();
    useRecordUi.getState().focused(id);
  }, [created, editing, id]);
  useEffect(() => {
    if (!wantsToggle) return;
    document.querySelector<HTMLElement>(`[data-record-toggle="${id}"]`)?.focus();
    useRecordUi.getState().focused(id);
  }, [wantsToggle, id]);
}
