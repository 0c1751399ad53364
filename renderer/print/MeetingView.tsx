import { useMemo } from 'react';
import { WorkbookError } from '../../shared/errors';
import { msg } from '../../shared/messages/catalogue';
import { isoLocalDate } from '../../shared/report/dates';
import { buildMinutes } from '../../shared/report/minutes';
import { footerLine, keywordsOf, PageStyle, projectTitle, reportDate, usePrintReady } from './common';
import { MinutesBody, MinutesHeading } from './MinutesParts';
import { PrintFailure, PrintLoading } from './PrintStatus';
import { D, L, S } from './strings';
import { usePrintData } from './usePrintData';

/**
 * Minutes of one meeting, one document, ready for the archive: the møtereferat
 * built by shared/report/minutes (the same content a Word document gets),
 * drawn here part by part.
 */
export function MeetingView({ id, date }: { id: string | undefined; date?: string }) {
  const load = usePrintData(['project', 'person', 'group', 'meeting', 'attendance', 'action'], (data) => {
    if (!id || !data.snapshot.meeting.some((m) => m.id === id)) {
      throw new WorkbookError('not_found', id ? msg('print.meeting_not_found', { id }) : msg('print.meeting_needs_id'));
    }
  });
  const printedOn = useMemo(() => reportDate(date), [date]);
  const view = useMemo(() => {
    if (load.state !== 'ready') return undefined;
    const { snapshot: s, info } = load.data;
    const project = s.project[0];
    const minutes = buildMinutes(s, id!, isoLocalDate(printedOn));
    const day = D.date(minutes.date);
    // The archive reference on every page, so a loose page still says where it belongs.
    const footer = [footerLine(project, printedOn, info.lastChange), minutes.archiveRef ? `${S.meeting.archiveRefShort} ${minutes.archiveRef}` : '']
      .filter(Boolean).join(' · ');
    return {
      project,
      minutes,
      footer,
      meta: {
        title: `${S.meeting.title}: ${minutes.title} ${day}`,
        subject: `${S.meeting.subject} – ${L.meetingType[minutes.type]} ${day} – ${projectTitle(project)}`,
        keywords: [...keywordsOf(project), L.meetingType[minutes.type], minutes.archiveRef],
      },
    };
  }, [load, id, printedOn]);
  usePrintReady(view !== undefined, view?.meta);

  if (load.state === 'loading') return <PrintLoading />;
  if (load.state === 'failed') return <PrintFailure error={load.error} />;
  const v = view!;
  return (
    <div className="pdoc pr-pdoc-flow pr-minutes">
      <PageStyle orientation="portrait" margin="20mm 18mm 22mm 22mm" footer={v.footer} pageNumbers />
      <MinutesHeading minutes={v.minutes} project={projectTitle(v.project)} />
      <MinutesBody minutes={v.minutes} />
    </div>
  );
}
