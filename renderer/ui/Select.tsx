import type { SelectHTMLAttributes } from 'react';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectProps<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> {
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
}

/** A native select in the kit's look (keyboard and screen readers get the platform's own behaviour). */
export function Select<V extends string>({ value, options, onChange, className, ...rest }: SelectProps<V>) {
  return (
    <select className={className ?? 'ui-select'} value={value} onChange={(e) => onChange(e.target.value as V)} {...rest}>
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
}
