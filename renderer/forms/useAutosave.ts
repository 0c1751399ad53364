import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { CallOptions } from '../../shared/api/contract';
import { useDrafts, type Draft } from '../data/drafts';
import { FieldSaver, type FieldSaveState } from '../data/fieldSaver';
import { registerSaver, releaseSaver } from '../data/pendingSaves';
import { useWorkbookStore } from '../stores/workbookStore';

export interface AutosaveOptions<T> {
  /** The workbook's value. */
  value: T;
  save(value: T, options: CallOptions): Promise<unknown> | unknown;
  validate?(value: T): string | undefined;
  label: string;
  /** Where a draft of this field is kept; text fields only. */
  draft?: { key: string; target?: Draft['target']; toText(value: T): string; fromText(text: string): T };
  /** Quiet time before a save; 0 saves at once (a select). */
  debounceMs?: number;
}

export interface Autosave<T> {
  value: T;
  state: FieldSaveState;
  error: string | undefined;
  change(value: T): void;
  /** Saves now (the user left the field, pressed Enter). */
  flush(): void;
  retry(): void;
  focus(): void;
  blur(): void;
  /** Text kept from an earlier session that never reached the workbook, with what to do with it. */
  offered: { draft: Draft; use(): void; discard(): void } | undefined;
}

function workbookId(): string | undefined {
  return useWorkbookStore.getState().info?.workbookId;
}

/**
 * A field that saves as the user types (data/fieldSaver.ts), registered so
 * that every way out of the page saves it (data/pendingSaves.ts). While the
 * user is in the field, a new value from the workbook waits until they leave
 * it, so nobody's typing is replaced under the cursor.
 */
export function useAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const keepDraft = (value: T | undefined) => {
    const id = workbookId();
    const d = options.draft;
    if (!id || !d) return;
    if (value === undefined) useDrafts.getState().discard(id, d.key);
    else {
      useDrafts.getState().keep({
        key: d.key, workbookId: id, label: options.label, route: window.location.hash, text: d.toText(value),
        at: new Date().toISOString(), ...(d.target ? { target: d.target } : {}),
      });
    }
  };
  const saverOptions = { save: options.save, validate: options.validate, keepDraft, label: options.label, debounceMs: options.debounceMs };
  const [saver] = useState(() => new FieldSaver<T>(options.value, saverOptions));
  saver.setOptions(saverOptions);
  useSyncExternalStore((l) => saver.subscribe(l), () => saver.revision);

  const focused = useRef(false);
  const held = useRef<{ value: T } | undefined>(undefined);
  useEffect(() => {
    if (focused.current) held.current = { value: options.value };
    else saver.external(options.value);
  }, [saver, options.value]);

  useEffect(() => {
    registerSaver(saver as FieldSaver<unknown>);
    return () => releaseSaver(saver as FieldSaver<unknown>);
  }, [saver]);

  const draftKey = options.draft?.key;
  const draft = useDrafts((s) => (draftKey ? s.drafts.find((d) => d.key === draftKey && d.workbookId === workbookId()) : undefined));
  const shownText = options.draft?.toText(saver.value);
  const reached = draft !== undefined && !saver.pending && draft.text === shownText;
  useEffect(() => {
    // The workbook has the text after all (the save arrived while the page closed): nothing to offer.
    if (reached && draft) useDrafts.getState().discard(draft.workbookId, draft.key);
  }, [reached, draft]);
  const offered = draft && !saver.pending && draft.text !== shownText
    ? {
        draft,
        use: () => {
          saver.change(options.draft!.fromText(draft.text));
          void saver.flush();
        },
        discard: () => useDrafts.getState().discard(draft.workbookId, draft.key),
      }
    : undefined;

  return {
    value: saver.value,
    state: saver.state,
    error: saver.error,
    change: (v) => saver.change(v),
    flush: () => void saver.flush(),
    retry: () => void saver.flush(),
    focus: () => {
      focused.current = true;
    },
    blur: () => {
      focused.current = false;
      void saver.flush().then(() => {
        const h = held.current;
        held.current = undefined;
        if (h) saver.external(h.value);
      });
    },
    offered,
  };
}

