import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './listDetail.css';

export interface NavListItem {
  /** What the address names (#/plan/goals): unique in the list. */
  key: string;
  label: string;
  href: string;
  /** 0 for a top-level entry, 1 and 2 for the parts it holds (drawn indented). */
  level?: 0 | 1 | 2;
  /** A short count or state beside the label («6»), read in the detail, not in the link's name. */
  meta?: string;
}

export interface ListDetailProps {
  /** The list's name for screen readers («Plandeler»); also the narrow window's select label. */
  label: string;
  items: readonly NavListItem[];
  /** The key of the part shown in the detail. */
  current: string | undefined;
  /** Chooses a part from the narrow window's select (the list's own entries are links). */
  onSelect(key: string): void;
  /** Under the list: its own action («Legg til plandel»). */
  listFooter?: ReactNode;
  /** The chosen part. */
  children: ReactNode;
}

/**
 * A screen of many parts: a narrow list of them on the left (links, so the address keeps the choice over a
 * reload and Back), the chosen one on the right. ↑/↓, Home and End move along the list, Enter opens; only the
 * current entry is a tab stop, so Tab goes on into the detail. In a narrow frame the list becomes a select
 * above the detail (a container query in listDetail.css).
 */
export function ListDetail({ label, items, current, onSelect, listFooter, children }: ListDetailProps) {
  const selectId = useId();
  const list = useRef<HTMLUListElement>(null);
  const focusable = items.some((i) => i.key === current) ? current : items[0]?.key;
  const onKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a.ui-navlist-link') ?? [])];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? links.length - 1 : -2;
    if (next === -2 || i < 0) return;
    e.preventDefault();
    links[Math.max(0, Math.min(links.length - 1, next))]?.focus();
  };
  return (
    <div className="ui-listdetail">
      <div className="ui-listdetail-frame">
        <div className="ui-listdetail-side">
          <div className="ui-listdetail-pick">
            <label htmlFor={selectId}>{label}</label>
            <select id={selectId} className="ui-select" value={current ?? ''} onChange={(e) => onSelect(e.target.value)}>
              {items.map((i) => <option key={i.key} value={i.key}>{`${'\u00a0\u00a0\u00a0'.repeat(i.level ?? 0)}${i.label}`}</option>)}
            </select>
          </div>
          <nav className="ui-listdetail-list" aria-label={label}>
            <ul className="ui-navlist" ref={list} onKeyDown={onKey}>
              {items.map((i) => (
                <li key={i.key} className={`ui-navlist-item ui-navlist-level-${i.level ?? 0}`}>
                  <a className="ui-navlist-link" href={i.href} aria-current={i.key === current ? 'page' : undefined}
                    tabIndex={i.key === focusable ? 0 : -1}>
                    <span className="ui-navlist-label">{i.label}</span>
                    {i.meta ? <span className="ui-navlist-meta" aria-hidden="true">{i.meta}</span> : null}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {listFooter ? <div className="ui-listdetail-footer">{listFooter}</div> : null}
        </div>
        <div className="ui-listdetail-detail">{children}</div>
      </div>
    </div>
  );
}
