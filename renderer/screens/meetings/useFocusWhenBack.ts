import { useEffect } from 'react';
import { useRecordUi } from '../../components/records';

/**
 * After «Angre» (or Ctrl+Z, or another window) brings a deleted item back,
 * focus goes to it once the list shows it again: the records pattern asks
 * for it (useRecordUi's focusToggle), `selector` finds the control to focus
 * on these cards, which have no Rediger button of their own.
 */
export function useFocusWhenBack(ids: readonly string[], selector: (id: string) => string): void {
  const back = useRecordUi((s) => s.focusToggle);
  const shown = back !== undefined && ids.includes(back);
  useEffect(() => {
    if (!shown || back === undefined) return;
    useRecordUi.getState().focused(back);
    document.querySelector<HTMLElement>(selector(back))?.focus();
  }, [shown, back, selector]);
}
