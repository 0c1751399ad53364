import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<V extends string> {
  value: V;
  label: string;
  panel: ReactNode;
}

export interface TabsProps<V extends string> {
  label: string;
  value: V;
  tabs: readonly TabItem<V>[];
  onChange: (value: V) => void;
}

/** ARIA tabs: arrow keys move between tabs (roving tabindex), only the chosen panel is shown. */
export function Tabs<V extends string>({ label, value, tabs, onChange }: TabsProps<V>) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.value === value);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : step ? (i + step + tabs.length) % tabs.length : -1;
    if (next < 0) return;
    e.preventDefault();
    onChange(tabs[next]!.value);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  const current = tabs.find((t) => t.value === value);
  return (
    <div className="ui-tabs">
      <div role="tablist" aria-label={label} className="ui-tabs-list" ref={list} onKeyDown={onKey}>
        {tabs.map((t) => (
          <button key={t.value} type="button" role="tab" className="ui-tab" id={`${id}-tab-${t.value}`}
            aria-selected={t.value === value} aria-controls={`${id}-panel`} tabIndex={t.value === value ? 0 : -1}
            onClick={() => onChange(t.value)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${value}`} tabIndex={0}>
        {current?.panel}
      </div>
    </div>
  );
}
