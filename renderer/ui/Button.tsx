import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';
export type ButtonSize = 'sm' | 'md';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** An icon before the words (a lucide icon element); drawn only, the words say it. */
  icon?: ReactNode;
  /** For a screen that gives focus back to the button (React 19 passes ref as a prop). */
  ref?: Ref<HTMLButtonElement>;
}

/** The app's one button: primary for the screen's main action, secondary for the rest, quiet in rows, danger for deleting. */
export function Button({ variant = 'secondary', size = 'md', icon, className, type = 'button', children, ...rest }: ButtonProps) {
  return (
    <button type={type} className={buttonClass(variant, size, className)} {...rest}>
      {icon}
      {children}
    </button>
  );
}

export function buttonClass(variant: ButtonVariant, size: ButtonSize, extra?: string): string {
  return ['ui-button', `ui-button-${variant}`, size === 'sm' ? 'ui-button-sm' : '', extra ?? ''].filter(Boolean).join(' ');
}
