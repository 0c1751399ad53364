import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import { CircleAlert } from 'lucide-react';

export interface FieldProps {
  label: ReactNode;
  /** A short explanation under the control: where long screen prose should go. */
  hint?: ReactNode;
  /** When set, the control is marked invalid (red border, aria-invalid) and this message describes it. */
  error?: ReactNode;
  /** One control (input, textarea, Select); Field gives it its id and its descriptions. */
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; className?: string }>;
  className?: string;
  /** Beside the control, on its line (the button that acts on what was typed). */
  trailing?: ReactNode;
}

/** Label, control, hint and error, tied together for assistive technology. */
export function Field({ label, hint, error, children, className, trailing }: FieldProps) {
  const id = useId();
  const controlId = children.props.id ?? `${id}-control`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [children.props['aria-describedby'], hintId, errorId].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, {
        id: controlId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        className: children.props.className ?? (children.type === 'select' ? 'ui-select' : 'ui-input'),
      })
    : children;
  return (
    <div className={['ui-field', error ? 'ui-field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="ui-field-label" htmlFor={controlId}>{label}</label>
      {trailing ? <div className="ui-field-row">{control}{trailing}</div> : control}
      {hint && <p className="ui-field-hint" id={hintId}>{hint}</p>}
      {error && (
        <p className="ui-field-error" id={errorId}>
          <CircleAlert aria-hidden="true" size={16} />
          {error}
        </p>
      )}
    </div>
  );
}
