import './i18n';
import './meetings.css';
import { MeetingLog } from './MeetingLog';
import { MeetingPage } from './MeetingPage';
import { useMeetingId } from './route';

/** Møter: the log at #/meetings, one meeting's page at #/meetings/<id>. */
export function Meetings() {
  const id = useMeetingId();
  return id ? <MeetingPage key={id} id={id} /> : <MeetingLog />;
}
