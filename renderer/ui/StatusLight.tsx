import type { ReactNode } from 'react';
import { Check, TriangleAlert, X } from 'lucide-react';

export type Zone = 'green' | 'yellow' | 'red';

const ICONS = { green: Check, yellow: TriangleAlert, red: X } as const;

/** A zone or status: a coloured dot with its own icon and words, so it never rests on colour alone. */
export function StatusLight({ zone, children }: { zone: Zone; children: ReactNode }) {
  const Icon = ICONS[zone];
  return (
    <span className={`ui-status ui-status-${zone}`}>
      <span className="ui-status-dot" aria-hidden="true"><Icon size={14} strokeWidth={3} /></span>
      <span>{children}</span>
    </span>
  );
}
