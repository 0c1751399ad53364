import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteRecord } from '../../data/mutations';
import { Button } from '../../ui';
import { Trash2 } from 'lucide-react';
import { useRecordUi } from '../../components/records';
import { MEETINGS_LIST } from './logTombstones';
import { meetingHref } from './route';

/**
 * «Slett møtet»: asks first, saying what goes with it (the minutes, the
 * attendees and the action items), then deletes it as one undo step and goes
 * back to the log, where the meeting's row says so with «Angre» (records pattern).
 * `onDeleting` tells the page to stop loading the meeting it is leaving.
 */
export function DeleteMeeting({ meeting, attendees, actions, onDeleting }: {
  meeting: { id: string; title: string };
  attendees: number;
  actions: number;
  onDeleting(deleting: boolean): void;
}) {
  const { t } = useTranslation('meetings');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    // Focus follows the question, and goes back to the button when it is answered «Avbryt».
    if (asking) cancelButton.current?.focus();
    else if (mounted.current) askButton.current?.focus();
    mounted.current = true;
  }, [asking]);

  async function remove() {
    setBusy(true);
    onDeleting(true);
    try {
      const tx = await deleteRecord('meeting', meeting.id, t('undo.deleteMeeting'));
      // The log it goes back to keeps the meeting's row, «… er slettet. Angre» (records pattern).
      useRecordUi.getState().buried(MEETINGS_LIST, { kind: 'meeting', id: meeting.id, name: meeting.title, tx });
      window.location.hash = meetingHref();
    } catch {
      // Not deleted (the header's save status says why): the page stays as it was.
      onDeleting(false);
      setBusy(false);
    }
  }

  return (
    <div className="mb-danger-zone">
      {asking ? (
        <div className="mb-confirm" role="group" aria-labelledby="meeting-delete-question"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setAsking(false);
            }
          }}>
          <p id="meeting-delete-question" className="mb-confirm-question">
            {t('delete.question', { title: meeting.title })}{' '}
            {t('delete.with', { attendees: t('delete.attendees', { count: attendees }), actions: t('delete.actions', { count: actions }) })}
          </p>
          <div className="mb-actions-row">
            <Button variant="danger" disabled={busy} icon={<Trash2 aria-hidden="true" size={16} />} onClick={() => void remove()}>{t('delete.confirm')}</Button>
            <Button ref={cancelButton} onClick={() => setAsking(false)}>{t('delete.cancel')}</Button>
          </div>
        </div>
      ) : (
        <>
          <Button ref={askButton} variant="danger" aria-describedby="meeting-delete-hint" icon={<Trash2 aria-hidden="true" size={16} />} onClick={() => setAsking(true)}>
            {t('detail.delete')}
          </Button>
          <p id="meeting-delete-hint" className="ui-field-hint">{t('detail.deleteHint')}</p>
        </>
      )}
    </div>
  );
}
