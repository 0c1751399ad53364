import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

/** A short label (a count, a kind, a state). The words carry the meaning; the tone only supports them. */
export function Badge({ tone = 'neutral', icon, children }: { tone?: BadgeTone; icon?: ReactNode; children: ReactNode }) {
  return (
    <span className={tone === 'neutral' ? 'ui-badge' : `ui-badge ui-badge-${tone}`}>
      {icon}
      {children}
    </span>
  );
}
