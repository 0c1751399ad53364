import type { HTMLAttributes, ReactNode } from 'react';

export interface PanelProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** A heading for the panel; it also names the region. */
  title?: ReactNode;
  /** The heading level that fits the page's outline. */
  level?: 2 | 3;
  /** A card is raised (a shadow): for items in a grid; a panel is flat: for sections of a page. */
  card?: boolean;
}

/** A bordered section of a screen. */
export function Panel({ title, level = 2, card, className, children, ...rest }: PanelProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['ui-panel', card ? 'ui-card' : '', className ?? ''].filter(Boolean).join(' ')} {...rest}>
      {title && <Heading className="ui-panel-title">{title}</Heading>}
      {children}
    </section>
  );
}

export function Card(props: Omit<PanelProps, 'card'>) {
  return <Panel {...props} card />;
}
