import type { ButtonHTMLAttributes, Ref } from 'react';
import type { LucideIcon } from 'lucide-react';
import { buttonClass, type ButtonSize, type ButtonVariant } from './Button';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label'> {
  icon: LucideIcon;
  /** Required: a button with only an icon has no name otherwise. Also shown as the tooltip. */
  label: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  ref?: Ref<HTMLButtonElement>;
}

/** A button that shows only an icon; its label is its accessible name and its tooltip. */
export function IconButton({ icon: Icon, label, variant = 'quiet', size = 'md', className, type = 'button', title, ...rest }: IconButtonProps) {
  return (
    <button type={type} aria-label={label} title={title ?? label} className={buttonClass(variant, size, `ui-icon-button ${className ?? ''}`.trim())} {...rest}>
      <Icon aria-hidden="true" size={size === 'sm' ? 16 : 18} />
    </button>
  );
}
