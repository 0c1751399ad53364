import { useEffect, useState } from 'react';
import { create } from 'zustand';

const PREFIX = '#/plan/';

/** The part last shown, so «Plan» in the menu (#/plan) comes back to it within this window. */
export const usePlanSelection = create<{ last?: string }>(() => ({}));

const segmentOf = (hash: string) => (hash.startsWith(PREFIX) ? decodeURIComponent(hash.slice(PREFIX.length).split('/')[0] ?? '') || undefined : undefined);

/**
 * The plan part the address names (#/plan/<key>), kept over a reload and Back, and `open` to choose
 * another (a new entry in the window's history, as a link would make).
 */
export function usePlanRoute(): { segment: string | undefined; open(key: string): void; settle(key: string): void } {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return {
    segment: segmentOf(hash) ?? usePlanSelection.getState().last,
    open(key) {
      window.location.hash = `${PREFIX}${encodeURIComponent(key)}`;
    },
    /** The part shown from a bare #/plan: written into the address without a new history entry. */
    settle(key) {
      usePlanSelection.setState({ last: key });
      if (segmentOf(window.location.hash) === undefined && window.location.hash.startsWith('#/plan')) {
        window.history.replaceState(window.history.state, '', `${PREFIX}${encodeURIComponent(key)}`);
        setHash(window.location.hash);
      }
    },
  };
}
