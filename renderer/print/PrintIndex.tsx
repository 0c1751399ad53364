import { useEffect, useId, useState } from 'react';
import { ArrowLeft, Eye, FileDown, FileText, Printer } from 'lucide-react';
import type { RecordOf } from '../../shared/model/kinds';
import { printIndexRoute, printRoute, type Orientation, type PrintView } from '../../shared/report/printRoutes';
import { EXPORT_KINDS, type ExportKind } from '../../shared/report/tables';
import { isWordDocumentKind, type WordDocumentKind } from '../../shared/report/wordDocumentKinds';
import { call } from '../api/client';
import { Button, buttonClass, Select } from '../ui';
import { saveDocx, saveExport, savePdf } from './downloads';
import { D, L, S, fill, printLanguage } from './strings';
import { nbWords } from './nb/strings';

type Job = { state: 'idle' } | { state: 'busy' | 'done' | 'failed'; text: string };

/** One status line for the page's downloads, read out by screen readers. */
function useJob() {
  const [job, setJob] = useState<Job>({ state: 'idle' });
  const run = async (name: string, work: () => Promise<string>) => {
    setJob({ state: 'busy', text: fill(S.ui.saving, { name }) });
    try {
      const file = await work();
      setJob({ state: 'done', text: fill(S.ui.saved, { name: file }) });
    } catch (e) {
      setJob({ state: 'failed', text: fill(S.ui.failed, { name, message: e instanceof Error ? e.message : String(e) }) });
    }
  };
  return { job, run };
}

const PRINTOUTS: readonly { key: keyof typeof S.ui.views; view: PrintView; orientation?: Orientation }[] = [
  { key: 'risk-matrix', view: 'risk-matrix' },
  { key: 'risk-matrix-dsb', view: 'risk-matrix', orientation: 'dsb' },
  { key: 'plan', view: 'plan' },
  { key: 'status', view: 'status' },
  { key: 'accounts', view: 'accounts' },
];

/** #/print/index: every printout and table export in one place, outside the app frame like the printouts. */
export function PrintIndex() {
  const { job, run } = useJob();
  const [meetings, setMeetings] = useState<RecordOf<'meeting'>[]>([]);
  useEffect(() => {
    document.title = S.ui.indexTitle;
    void call('listRecords', { kind: 'meeting' }).then((m) => setMeetings(m as RecordOf<'meeting'>[])).catch(() => setMeetings([]));
  }, []);
  const busy = job.state === 'busy';
  return (
    <main className="pr-index">
      <p><a className={buttonClass('quiet', 'sm', 'ui-button-link pr-index-back')} href="#/overview"><ArrowLeft aria-hidden="true" size={16} />{S.ui.back}</a></p>
      <h1>{S.ui.indexTitle}</h1>
      <p>{S.ui.indexIntro}</p>
      <p role="status" className={`pr-job pr-job-${job.state}`}>{job.state === 'idle' ? '' : job.text}</p>

      <h2>{S.ui.printouts}</h2>
      <ul className="pr-index-list">
        {PRINTOUTS.map((p) => (
          <li key={p.key}>
            <span className="pr-index-name">{S.ui.views[p.key]}</span>
            <span className="pr-index-actions">
              <OpenLink href={printRoute(p.view, { orientation: p.orientation, lang: printLanguage })} />
              <Button size="sm" icon={<FileDown aria-hidden="true" size={16} />} disabled={busy} aria-label={`${S.ui.savePdf}: ${S.ui.views[p.key]}`}
                onClick={() => void run(S.ui.views[p.key], () => savePdf({ view: p.view, orientation: p.orientation, lang: printLanguage }))}>
                {S.ui.savePdf}
              </Button>
              {isWordDocumentKind(p.view) ? (
                <Button size="sm" icon={<FileText aria-hidden="true" size={16} />} disabled={busy} aria-label={`${S.ui.saveDocx}: ${S.ui.views[p.key]}`}
                  onClick={() => void run(fill(S.ui.wordName, { name: S.ui.views[p.key] }), () => saveDocx({ document: p.view as WordDocumentKind, lang: printLanguage }))}>
                  {S.ui.saveDocx}
                </Button>
              ) : null}
            </span>
          </li>
        ))}
      </ul>

      <h2>{S.ui.meetings}</h2>
      {meetings.length === 0 ? <p>{S.ui.noMeetings}</p> : (
        <ul className="pr-index-list">
          {meetings.map((m) => {
            const name = `${L.meetingType[m.type]} ${D.meetingTime(m.startsAt).date}: ${m.title}`;
            return (
              <li key={m.id}>
                <span className="pr-index-name">{name}</span>
                <span className="pr-index-actions">
                  <OpenLink href={printRoute('meeting', { id: m.id, lang: printLanguage })} />
                  <Button size="sm" icon={<FileDown aria-hidden="true" size={16} />} disabled={busy} aria-label={`${S.ui.savePdf}: ${name}`}
                    onClick={() => void run(name, () => savePdf({ view: 'meeting', id: m.id, lang: printLanguage }))}>
                    {S.ui.savePdf}
                  </Button>
                  <Button size="sm" icon={<FileText aria-hidden="true" size={16} />} disabled={busy} aria-label={`${S.ui.saveDocx}: ${name}`}
                    onClick={() => void run(fill(S.ui.wordName, { name }), () => saveDocx({ document: 'meeting', id: m.id, lang: printLanguage }))}>
                    {S.ui.saveDocx}
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      )}

      <h2>{S.ui.exports}</h2>
      <ul className="pr-index-list">
        {EXPORT_KINDS.map((kind: ExportKind) => (
          <li key={kind}>
            <span className="pr-index-name">{S.ui.tables[kind]}</span>
            <span className="pr-index-actions">
                {(['csv', 'xlsx'] as const).map((format) => (
                  <Button key={format} size="sm" icon={<FileDown aria-hidden="true" size={16} />} disabled={busy}
                    aria-label={fill(S.ui.asFormat, { name: S.ui.tables[kind], format: format.toUpperCase() })}
                    onClick={() => void run(`${S.ui.tables[kind]} (${format.toUpperCase()})`, () => saveExport(kind, format))}>
                    {format.toUpperCase()}
                  </Button>
                ))}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}

/** «Vis»: opens the printout on screen, a link in the look of a quiet button beside the save buttons. */
function OpenLink({ href }: { href: string }) {
  return <a className={buttonClass('quiet', 'sm', 'ui-button-link')} href={href}><Eye aria-hidden="true" size={16} />{S.ui.open}</a>;
}

/** Above every printout on screen, never on paper: print, save as PDF, back to the list, and the matrix's orientation. */
export function PrintToolbar({ view, id, orientation }: { view: PrintView; id?: string; orientation?: Orientation }) {
  const { job, run } = useJob();
  const orientationId = useId();
  // The status line names the document («Lager Prosjektplan …»), not the button.
  const name = view === 'meeting' ? S.meeting.title
    : view === 'person' ? S.person.title
      : view === 'report' ? S.status.title
      : view === 'accounts' ? nbWords().title
      : S.ui.views[view === 'risk-matrix' && orientation === 'dsb' ? 'risk-matrix-dsb' : view];
  const back = view === 'person' && id ? { href: `#/people/${id}`, text: S.ui.back } : { href: printIndexRoute(printLanguage), text: S.ui.toIndex };
  return (
    <div className="pr-toolbar" role="toolbar" aria-label={S.ui.toolbar}>
      <a href={back.href} className="pr-toolbar-group"><ArrowLeft aria-hidden="true" size={16} />{back.text}</a>
      <Button size="sm" icon={<Printer aria-hidden="true" size={16} />} onClick={() => window.print()}>{S.ui.print}</Button>
      <Button size="sm" icon={<FileDown aria-hidden="true" size={16} />} disabled={job.state === 'busy'}
        onClick={() => void run(name, () => savePdf({ view, id, orientation, lang: printLanguage }))}>
        {S.ui.savePdf}
      </Button>
      {isWordDocumentKind(view) ? (
        <Button size="sm" icon={<FileText aria-hidden="true" size={16} />} disabled={job.state === 'busy'}
          onClick={() => void run(fill(S.ui.wordName, { name }), () => saveDocx({ document: view, id, lang: printLanguage }))}>
          {S.ui.saveDocx}
        </Button>
      ) : null}
      {view === 'risk-matrix' ? (
        <span className="pr-toolbar-group">
          <label htmlFor={orientationId}>{S.ui.orientation}</label>
          <Select<Orientation> id={orientationId} value={orientation === 'dsb' ? 'dsb' : 'plan'}
            options={[{ value: 'plan', label: S.ui.views['risk-matrix'] }, { value: 'dsb', label: S.ui.views['risk-matrix-dsb'] }]}
            onChange={(o) => { window.location.hash = printRoute('risk-matrix', { orientation: o, lang: printLanguage }); }} />
        </span>
      ) : null}
      <span role="status">{job.state === 'idle' ? '' : job.text}</span>
    </div>
  );
}
