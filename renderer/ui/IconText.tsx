import type { ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

export type IconTextTone = 'plain' | 'success' | 'warning' | 'danger' | 'muted';

export interface IconTextProps {
  icon: LucideIcon;
  /** Colours icon and words; the words say the meaning, the icon and colour only support them. */
  tone?: IconTextTone;
  children: ReactNode;
  className?: string;
}

/** A short state in a line or a cell («Ingen», «Lest inn»): a lucide icon (drawn only) before the words. */
export function IconText({ icon: Icon, tone = 'plain', children, className }: IconTextProps) {
  const classes = ['ui-icon-text', tone === 'plain' ? '' : `ui-icon-text-${tone}`, className ?? ''].filter(Boolean).join(' ');
  return (
    <span className={classes}>
      <Icon className="ui-icon-text-icon" aria-hidden="true" size={16} strokeWidth={2.25} />
      <span>{children}</span>
    </span>
  );
}
