import { useEffect, useState } from 'react';
import type { Kind } from '../../shared/model/kinds';
import type { SearchHit } from './store';

/**
 * Where each kind of record is opened: its own screen, with the record's id
 * after it (#/people/<id>, #/milestones/<id>). An action item opens on its
 * meeting's page (#/meetings/<meeting>/<action>), or on Oppgaver when it has no meeting.
 */
const SCREEN_OF: Readonly<Partial<Record<Kind, string>>> = {
  project: 'plan',
  section: 'plan',
  goal: 'plan',
  group: 'plan',
  person: 'people',
  milestone: 'milestones',
  'budget-line': 'budget',
  period: 'budget',
  risk: 'risks',
  meeting: 'meetings',
  action: 'actions',
  lesson: 'logs',
  'change-entry': 'logs',
  'status-report': 'reports',
};

export function recordHref(hit: Pick<SearchHit, 'kind' | 'id' | 'meetingId'>): string {
  if (hit.kind === 'action' && hit.meetingId) return `#/meetings/${hit.meetingId}/${hit.id}`;
  return `#/${SCREEN_OF[hit.kind] ?? 'overview'}/${hit.id}`;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The record named at the end of the address (#/<screen>/…/<id>), if any. */
export function recordIdInRoute(hash = window.location.hash): string | undefined {
  const last = hash.replace(/^#\/?/, '').split('/').slice(1).pop();
  return last && ID.test(last) ? last : undefined;
}

/** The record the address names on `screen` (#/<screen>/<id>), for a screen that selects it itself. */
export function useRecordInRoute(screen: string): string | undefined {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash.startsWith(`#/${screen}/`) ? recordIdInRoute(hash) : undefined;
}

/** Screens that leave bringing the record into view to revealRecord (Personer opens the person, this scrolls to it). */
// Personer is not among them: its person page scrolls itself into view and takes the focus (a new person's name field).
const REVEALING_SCREENS = new Set(['plan', 'milestones', 'budget', 'actions', 'logs']);

/** Reveals the record the address names whenever the address changes (a search hit, a link, a reload). */
export function useRevealRoutedRecord(): void {
  useEffect(() => {
    let stop = () => undefined as void;
    const onChange = () => {
      stop();
      const [screen, ...rest] = window.location.hash.replace(/^#\/?/, '').split('/');
      const id = recordIdInRoute();
      // A meeting's page opens itself; an action item on it is revealed (#/meetings/<meeting>/<action>).
      if (id && (REVEALING_SCREENS.has(screen ?? '') || (screen === 'meetings' && rest.length === 2))) stop = revealRecord(id);
    };
    onChange();
    window.addEventListener('hashchange', onChange);
    return () => {
      stop();
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
}

/** How long a screen may take to load and draw the record before we stop looking for it. */
const REVEAL_WAIT_MS = 5000;

/**
 * Scrolls the element of a record (marked `data-record-id` by its screen)
 * into view and puts focus on it, once the screen has drawn it. People and
 * risks open their record themselves (useRecordInRoute); this brings it,
 * or a row of milestones, budget lines or the plan, into view.
 */
export function revealRecord(id: string): () => void {
  const find = () => document.querySelector<HTMLElement>(`[data-record-id="${CSS.escape(id)}"]`);
  const show = (el: HTMLElement) => {
    el.scrollIntoView({ block: 'center' });
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
    el.classList.add('search-revealed');
    el.addEventListener('blur', () => el.classList.remove('search-revealed'), { once: true });
  };
  const now = find();
  if (now) {
    show(now);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const el = find();
    if (!el) return;
    stop();
    show(el);
  });
  const timer = window.setTimeout(() => stop(), REVEAL_WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
