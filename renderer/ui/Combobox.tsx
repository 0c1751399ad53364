import { useId, useMemo, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown } from 'lucide-react';
import './i18n';
import './data.css';

export interface ComboboxOption {
  value: string;
  label: string;
  /** A second, quieter line (a person's position, a group's kind). */
  hint?: string;
}

export interface ComboboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onSelect' | 'role'> {
  /** The text in the field: what was typed, or the label of what was chosen. */
  value: string;
  onChange: (text: string) => void;
  options: readonly ComboboxOption[];
  /** An option chosen from the list (Enter or a click); the field then shows its label. */
  onSelect?: (option: ComboboxOption) => void;
  /** Which options fit the text; by default those whose label contains it, ignoring case and accents. */
  filter?: (option: ComboboxOption, text: string) => boolean;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('nb');
const contains = (option: ComboboxOption, text: string) => fold(option.label).includes(fold(text.trim()));

/**
 * A text field with suggestions, after the ARIA combobox pattern: the list opens as one types (or with
 * Alt+↓ / the arrow button), ↑/↓ move through it with the field keeping focus (aria-activedescendant),
 * Enter chooses, Escape closes the list and then empties the field. Free text stays allowed: the
 * suggestions help, they do not bind.
 */
export function Combobox({ value, onChange, options, onSelect, filter = contains, id, className, disabled, onBlur, onKeyDown, ...rest }: ComboboxProps) {
  const { t } = useTranslation('ui');
  const ownId = useId();
  const inputId = id ?? `${ownId}-input`;
  const listId = `${ownId}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The list is named as its field is: the field's label, read when the list opens.
  const [listName, setListName] = useState<string | undefined>();
  const matches = useMemo(() => options.filter((o) => filter(o, value)), [options, filter, value]);
  const shown = open && !disabled;
  const activeOption = shown && active >= 0 ? matches[active] : undefined;

  const show = (next: boolean) => {
    if (next) setListName(input.current?.labels?.[0]?.textContent ?? rest['aria-label']);
    setOpen(next);
    setActive(-1);
  };
  const choose = (option: ComboboxOption) => {
    onChange(option.label);
    onSelect?.(option);
    show(false);
    input.current?.focus();
  };
  const move = (step: number) => {
    if (!shown) {
      show(true);
      setActive(step > 0 ? 0 : matches.length - 1);
      return;
    }
    if (matches.length === 0) return;
    setActive((i) => (i < 0 ? (step > 0 ? 0 : matches.length - 1) : (i + step + matches.length) % matches.length));
  };

  const keyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(e);
    if (e.defaultPrevented) return;
    if (e.key === 'ArrowDown' && e.altKey) {
      e.preventDefault();
      show(true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && activeOption) {
      e.preventDefault();
      choose(activeOption);
    } else if (e.key === 'Escape') {
      if (shown) {
        e.preventDefault();
        e.stopPropagation();
        show(false);
      } else if (value !== '') {
        e.preventDefault();
        onChange('');
      }
    } else if (e.key === 'Tab') {
      show(false);
    }
  };

  return (
    <div className={shown ? 'ui-combobox is-open' : 'ui-combobox'}>
      <input {...rest} ref={input} id={inputId} type="text" role="combobox" autoComplete="off" disabled={disabled}
        className={className ?? 'ui-input'} value={value}
        aria-autocomplete="list" aria-expanded={shown} aria-controls={listId}
        aria-activedescendant={activeOption ? `${ownId}-option-${active}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          show(true);
        }}
        onKeyDown={keyDown}
        onBlur={(e) => {
          show(false);
          onBlur?.(e);
        }} />
      <button type="button" className="ui-combobox-toggle" tabIndex={-1} disabled={disabled}
        aria-label={t('combobox.showOptions')} aria-controls={listId} aria-expanded={shown}
        // Keep focus in the field: the list belongs to it.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          show(!shown);
          input.current?.focus();
        }}>
        <ChevronDown aria-hidden="true" size={16} />
      </button>
      <ul role="listbox" id={listId} className="ui-combobox-list" hidden={!shown || matches.length === 0} aria-label={listName}>
        {shown && matches.map((o, i) => (
          <li key={o.value} id={`${ownId}-option-${i}`} role="option" aria-selected={i === active}
            className={i === active ? 'ui-combobox-option is-active' : 'ui-combobox-option'}
            onMouseDown={(e) => e.preventDefault()} onClick={() => choose(o)} onMouseMove={() => setActive(i)}>
            <span>{o.label}</span>
            {o.hint ? <span className="ui-combobox-hint">{o.hint}</span> : null}
          </li>
        ))}
      </ul>
      {shown && matches.length === 0 ? <p className="ui-combobox-list ui-combobox-none">{t('combobox.noMatches')}</p> : null}
      <span className="sr-only" role="status" aria-live="polite">
        {shown ? (matches.length === 0 ? t('combobox.noMatches') : t('combobox.matches', { count: matches.length })) : ''}
      </span>
    </div>
  );
}
