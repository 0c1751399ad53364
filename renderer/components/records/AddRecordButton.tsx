import { useState } from 'react';
import { Plus } from 'lucide-react';
import type { Kind } from '../../../shared/model/kinds';
import { createRecord } from '../../data/mutations';
import { Button } from '../../ui';
import { useRecordUi } from './recordUi';

/**
 * «Legg til …»: makes the record at once (one undo step) and opens it for
 * editing with focus on its first field, wherever the list draws it.
 * `fields` are its starting values: the model's required fields with
 * placeholder text the user types over («Nytt mål»).
 */
export function AddRecordButton({ kind, fields, label, undoLabel, onCreated, className, disabled, open = true }: {
  kind: Kind;
  fields: () => Record<string, unknown>;
  /** The button's words: «Legg til mål». */
  label: string;
  /** The undo step's name: «La til et mål». */
  undoLabel: string;
  onCreated?(id: string): void;
  className?: string;
  disabled?: boolean;
  /** Open the new record for editing with focus in it (the default); false where the list has no editor (a membership). */
  open?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    try {
      const id = await createRecord(kind, fields(), undoLabel);
      if (open) useRecordUi.getState().markCreated(id);
      onCreated?.(id);
    } catch {
      // The header's save status says why.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="sm" icon={<Plus aria-hidden="true" size={16} />} className={`record-add${className ? ` ${className}` : ''}`}
      disabled={busy || disabled} onClick={() => void add()}>
      {label}
    </Button>
  );
}
