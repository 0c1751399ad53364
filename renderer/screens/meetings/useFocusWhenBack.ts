import { useEffect, useState } from 'react';

/**
 * After «Angre» brings a deleted item back, focus goes to it once the list
 * shows it again (the reload comes a moment after the undo). Returns the
 * function to call with the item's id; `selector` finds the control to focus.
 */
export function useFocusWhenBack(ids: readonly string[], selector: (id: string) => string): (id: string) => void {
  const [waiting, setWaiting] = useState<string | undefined>();
  const back = waiting !== undefined && ids.includes(waiting);
  useEffect(() => {
    if (!back || waiting === undefined) return;
    document.querySelector<HTMLElement>(selector(waiting))?.focus();
    setWaiting(undefined);
  }, [back, waiting, selector]);
  return setWaiting;
}
