import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Zone } from './StatusLight';

/**
 * A status shape that never relies on colour alone: a check (green), a triangle (yellow), an
 * octagon with a cross (red), so it reads the same in greyscale print, to colour-blind users
 * and (with the words beside it) to screen readers. Moved from screens/overview (h-budget).
 */
export function StatusIcon({ light }: { light: Zone }) {
  return (
    <svg className={`status-icon status-icon-${light}`} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {light === 'green' ? (
        <>
          <circle cx="10" cy="10" r="9" />
          <path d="M5.5 10.5l3 3 6-7" fill="none" className="status-mark-light" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </>
      ) : light === 'yellow' ? (
        <>
          <path d="M10 1.5l9 16.5H1z" />
          <path d="M10 7v5.5" className="status-mark-dark" strokeWidth="2.2" strokeLinecap="round" />
          <circle cx="10" cy="15.3" r="1.2" className="status-mark-dot" />
        </>
      ) : (
        <>
          <path d="M6.3 1h7.4L19 6.3v7.4L13.7 19H6.3L1 13.7V6.3z" />
          <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" className="status-mark-light" strokeWidth="2.2" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

export interface StatusNoticeProps {
  light: Zone;
  text: string;
  /** Replaces the colour's name as the lead word («I balanse»), for statuses that are not a traffic light. */
  word?: string;
  className?: string;
  children?: ReactNode;
}

/** A status as a block: «▲ Gul: 2 milepæler forsinket» — symbol, lead word and the facts, in that order. */
export function StatusNotice({ light, text, word, className, children }: StatusNoticeProps) {
  const { t } = useTranslation('ui');
  return (
    <div className={`status-light status-${light}${className ? ` ${className}` : ''}`}>
      <StatusIcon light={light} />
      <div>
        <p>
          <strong>{word ?? t(`light.${light}`)}:</strong> {text}
        </p>
        {children}
      </div>
    </div>
  );
}
