import type { ReactNode } from 'react';

export interface SegmentedOption<V extends string> {
  value: V;
  label: string;
  icon?: ReactNode;
}

export interface SegmentedProps<V extends string> {
  /** Names the group for screen readers. */
  label: string;
  value: V;
  options: readonly SegmentedOption<V>[];
  onChange: (value: V) => void;
  /** Only the icons show (a tight toolbar); each option's label is still its name and its tooltip. */
  iconsOnly?: boolean;
}

/** Two to four mutually exclusive choices shown at once: toggle buttons in a named group. */
export function Segmented<V extends string>({ label, value, options, onChange, iconsOnly }: SegmentedProps<V>) {
  const bare = iconsOnly === true && options.every((o) => o.icon);
  return (
    <div role="group" aria-label={label} className={bare ? 'ui-segmented ui-segmented-icons' : 'ui-segmented'}>
      {options.map((o) => (
        <button key={o.value} type="button" aria-pressed={o.value === value} onClick={() => onChange(o.value)}
          title={bare ? o.label : undefined}>
          {o.icon}
          {bare ? <span className="sr-only">{o.label}</span> : o.label}
        </button>
      ))}
    </div>
  );
}
