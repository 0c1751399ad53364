import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './i18n';
import { X } from 'lucide-react';
import { IconButton } from './IconButton';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Called on Escape, the close button and a click on the backdrop; the owner sets `open` false. */
  onClose: () => void;
  children: ReactNode;
  /** The dialog's buttons, after the body (primary last). */
  footer?: ReactNode;
}

/**
 * A modal native <dialog>: the browser keeps focus inside and makes the page behind inert, and gives
 * focus back to what opened it. Escape is handled here as well, so it closes the same way everywhere.
 */
export function Dialog({ open, title, onClose, children, footer }: DialogProps) {
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // showModal is missing only where there is no real browser (jsdom); an open dialog is the same there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };
  return (
    <dialog ref={ref} className="ui-dialog" aria-labelledby={titleId} onKeyDown={onKeyDown}
      onCancel={(e) => { e.preventDefault(); onClose(); }}
      onClick={(e) => { if (e.target === ref.current) onClose(); }}>
      {open && (
        <>
          <div className="ui-dialog-head">
            <h2 className="ui-dialog-title" id={titleId}>{title}</h2>
            <IconButton icon={X} label={t('close')} onClick={onClose} />
          </div>
          <div className="ui-dialog-body">{children}</div>
          {footer && <div className="ui-dialog-body ui-dialog-footer">{footer}</div>}
        </>
      )}
    </dialog>
  );
}
