import type { ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';

export interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  /** What the list will hold and how to start: the screen's explanation belongs here, not in a paragraph above. */
  text?: ReactNode;
  /** Usually a primary Button that adds the first item. */
  action?: ReactNode;
}

/** What a list shows before it has anything in it. */
export function EmptyState({ icon: Icon, title, text, action }: EmptyStateProps) {
  return (
    <div className="ui-empty">
      <Icon className="ui-empty-icon" aria-hidden="true" size={36} strokeWidth={1.5} />
      <p className="ui-empty-title">{title}</p>
      {text && <p className="ui-empty-text">{text}</p>}
      {action}
    </div>
  );
}
