import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSearchable } from '../../shared/rules/searchQuery';
import { useWorkbookVersion } from '../data/changes';
import { Search, X } from 'lucide-react';
import { IconButton } from '../ui';
import { recordHref } from './recordRoute';
import { SEARCH_LIMIT, useSearch, type SearchHit } from './store';
import './i18n';

/** A pause in typing before the search runs: one query per pause, not per key. */
const TYPING_PAUSE_MS = 150;

interface HitGroup {
  readonly kind: SearchHit['kind'];
  readonly hits: readonly { readonly hit: SearchHit; readonly index: number }[];
}

/** Hits grouped by kind, the groups in the order of their best hit; `index` is the place in arrow-key order. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<SearchHit['kind'], SearchHit[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  let index = 0;
  return [...groups].map(([kind, list]) => ({ kind, hits: list.map((hit) => ({ hit, index: index++ })) }));
}

/**
 * The Ctrl+K dialog: one field, the hits grouped by kind with the matched
 * words marked, arrows to move, Enter to open the record on its screen, Escape
 * to close. A modal <dialog>, so focus stays in it and the page behind is inert.
 */
export function SearchDialog() {
  const { t } = useTranslation('search');
  const search = useSearch();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const [active, setActive] = useState(0);
  const ids = useId();
  const workbookVersion = useWorkbookVersion();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (search.open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.showModal();
      const input = inputRef.current;
      input?.focus();
      input?.setSelectionRange(input.value.length, input.value.length);
    } else if (!search.open && dialog.open) {
      dialog.close();
    }
  }, [search.open]);

  // Typing searches after a short pause; so does a change to the workbook while the dialog is open.
  const { text, run, open } = search;
  useEffect(() => {
    if (!open) return;
    const timer = window.setTimeout(() => void run(text), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, run, open, workbookVersion]);

  const hits = useMemo(() => (isSearchable(search.text) ? search.hits ?? [] : []), [search.hits, search.text]);
  const groups = useMemo(() => groupHits(hits), [hits]);
  useEffect(() => setActive(0), [search.hits]);
  const activeHit = hits[Math.min(active, hits.length - 1)];
  const optionId = (i: number) => `${ids}-hit-${i}`;

  useEffect(() => {
    if (activeHit) document.getElementById(`${ids}-hit-${hits.indexOf(activeHit)}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeHit, hits, ids]);

  function openHit(hit: SearchHit) {
    const href = recordHref(hit);
    search.hide();
    returnFocus.current = null;
    if (window.location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else window.location.hash = href;
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    // A search field's own Escape only empties it; here Escape closes, as everywhere in a dialog.
    if (e.key === 'Escape') {
      e.preventDefault();
      search.hide();
      return;
    }
    if (hits.length === 0) return;
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 };
    const by = step[e.key];
    if (by !== undefined) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(hits.length - 1, active + by)));
    } else if (e.key === 'Enter' && activeHit) {
      e.preventDefault();
      openHit(activeHit);
    }
  }

  const typed = search.text.trim();
  const status = !typed ? ''
    : !isSearchable(typed) ? t('tooShort')
      : search.error ? t('failed', { message: search.error })
        : search.busy && !search.hits ? t('searching')
          : search.hits && search.query === typed
            ? hits.length === 0 ? t('none', { query: typed })
              : `${t('hits', { count: hits.length, query: typed })}${hits.length >= SEARCH_LIMIT ? ` ${t('capped', { count: SEARCH_LIMIT })}` : ''}`
            : t('searching');

  return (
    <dialog ref={dialogRef} className="search-dialog" aria-labelledby={`${ids}-title`}
      onClose={() => {
        search.hide();
        const back = returnFocus.current;
        returnFocus.current = null;
        if (back instanceof HTMLElement && back.isConnected) back.focus();
      }}
      onClick={(e) => { if (e.target === dialogRef.current) search.hide(); }}>
      <div className="search-panel">
        <div className="search-head">
          <h2 id={`${ids}-title`}>{t('dialog')}</h2>
          <IconButton icon={X} label={t('close')} onClick={() => search.hide()} />
        </div>
        <label htmlFor={`${ids}-input`} className="search-label">{t('input')}</label>
        <div className="search-input-box">
          <Search aria-hidden="true" size={18} className="search-input-icon" />
          <input ref={inputRef} id={`${ids}-input`} type="search" className="search-input" autoComplete="off" spellCheck={false}
            role="combobox" aria-expanded={hits.length > 0} aria-controls={`${ids}-list`} aria-autocomplete="list"
            aria-activedescendant={activeHit ? optionId(hits.indexOf(activeHit)) : undefined}
            aria-describedby={`${ids}-keys`}
            value={search.text} onChange={(e) => search.setText(e.target.value)} onKeyDown={onKeyDown} />
        </div>
        <p id={`${ids}-keys`} className="search-keys">{t('keys')}</p>
        <p className="search-status" role="status">{status}</p>
        {!typed ? <p className="search-empty">{t('empty')}</p> : null}
        {typed && isSearchable(typed) && search.query === typed && search.hits && hits.length === 0 && !search.error
          ? <p className="search-empty">{t('noneHint')}</p> : null}
        <div id={`${ids}-list`} role="listbox" aria-label={t('results')} className="search-results">
          {groups.map((g) => (
            <div key={g.kind} role="group" aria-labelledby={`${ids}-kind-${g.kind}`} className="search-group">
              <h3 id={`${ids}-kind-${g.kind}`} role="presentation" className="search-kind">{t(`kinds.${g.kind}`, { defaultValue: t('kinds.other') })}</h3>
              {g.hits.map(({ hit, index }) => (
                <div key={hit.id} id={optionId(index)} role="option" aria-selected={index === active}
                  className={`search-hit${index === active ? ' is-active' : ''}`}
                  onMouseMove={() => { if (index !== active) setActive(index); }}
                  onClick={() => openHit(hit)}>
                  <span className="search-hit-title"><Marked parts={hit.titleParts} /></span>
                  {hit.snippetParts.length > 0 ? <span className="search-hit-snippet"><Marked parts={hit.snippetParts} /></span> : null}
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
    </dialog>
  );
}

/** A title or excerpt with the runs the query matched in <mark>. */
function Marked({ parts }: { parts: SearchHit['titleParts'] }) {
  return <>{parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
