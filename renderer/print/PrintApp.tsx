import { useLayoutEffect, useState } from 'react';
import { isPrintView, parsePrintQuery, type PrintView as PrintViewName } from '../../shared/report/printRoutes';
import { MeetingView } from './MeetingView';
import { AccountsView } from './nb/AccountsView';
import { PersonView } from './PersonView';
import { PlanView } from './PlanView';
import { PrintIndex, PrintToolbar } from './PrintIndex';
import { PrintFailure } from './PrintStatus';
import { RiskMatrixView } from './RiskMatrixView';
import { StatusView } from './StatusView';
import { ReportView } from './report/ReportView';
import type { MessageLanguage } from '../../shared/messages/format';
import { messageLanguage, setMessageLanguage } from '../i18n/messages';
import { fill, printLanguage, S, setPrintLanguage } from './strings';
// The kit's typeface and tokens (the print palette among them) come with the print views on their own page
// too (print.html), so the paper looks the same from the app, the web host and the CLI. Paper takes Inter's
// static cuts: Chromium embeds a variable font in a PDF as Type 3 glyphs, a static one as a real font.
import '@fontsource-variable/inter';
import '@fontsource/inter/400.css';
import '@fontsource/inter/400-italic.css';
import '@fontsource/inter/700.css';
import '@fontsource/inter/700-italic.css';
import '../ui/tokens.css';
import '../ui/ui.css';
import './print.css';

/**
 * Print views: A4 pages rendered by the same engine everywhere (the app's
 * print dialog, printToPDF, and Chromium from the CLI and the web host).
 * Routes: #/print/<view>[/<id>][?orientation=dsb][&toc=…][&date=YYYY-MM-DD], and
 * #/print/index, the list of every printout and table export.
 * A view sets body[data-print-ready="true"] once it is completely drawn, or
 * body[data-print-error] with the reason it cannot be.
 */
/**
 * The page as the app had it before the first print view: taken when no print
 * view is mounted (from one print view to the next, both are for a moment),
 * given back when the last one goes.
 */
let mountedPrintApps = 0;
let appPage: { lang: string; title: string; messages: MessageLanguage } | undefined;

function saveAppPage(): void {
  if (mountedPrintApps === 0) appPage = { lang: document.documentElement.lang, title: document.title, messages: messageLanguage() };
}

function restoreAppPage(): void {
  document.documentElement.classList.remove('print-html');
  if (appPage) {
    document.documentElement.lang = appPage.lang;
    document.title = appPage.title;
    setMessageLanguage(appPage.messages);
  }
  for (const name of ['printReady', 'printError', 'printErrorCode', 'printSubject', 'printKeywords']) delete document.body.dataset[name];
}

export function PrintApp({ view, id }: { view: string; id?: string }) {
  const [hash, setHash] = useState(window.location.hash);
  // The app shows print views in its own page (#/print/… under index.html): what the
  // print view sets on <html> must go again when the user goes back, or the print
  // styles (a grey page, room for the toolbar) push the app down.
  useState(saveAppPage);
  useLayoutEffect(() => {
    mountedPrintApps++;
    document.documentElement.classList.add('print-html');
    // The desktop app reuses one window: a new hash is a new document to print.
    const onChange = () => {
      delete document.body.dataset.printReady;
      delete document.body.dataset.printError;
      delete document.body.dataset.printErrorCode;
      setHash(window.location.hash);
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      if (--mountedPrintApps === 0) restoreAppPage();
    };
  }, []);
  const route = /^#\/print\/([\w-]+)(?:\/([\w-]+))?/.exec(hash);
  const current = route?.[1] ?? view;
  const currentId = route ? route[2] : id;
  const q = parsePrintQuery(hash);
  // Before anything is drawn: the words, labels, dates and messages of the printout's language (?lang=).
  setPrintLanguage(q.lang ?? 'nb');
  setMessageLanguage(printLanguage);
  return <PrintDocument lang={printLanguage} current={current} currentId={currentId} hash={hash} />;
}

function PrintDocument({ lang, current, currentId, hash }: { lang: string; current: string; currentId?: string; hash: string }) {
  useLayoutEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'nb-NO';
  }, [lang]);
  const q = parsePrintQuery(hash);
  if (current === 'index') return <PrintIndex />;
  if (!isPrintView(current)) {
    return <PrintFailure error={{ code: 'unknown_view', message: fill(S.common.unknownView, { view: current }) }} />;
  }
  return (
    <>
      <PrintToolbar view={current} id={currentId} orientation={q.orientation} />
      <PrintView view={current} id={currentId} hash={hash} />
    </>
  );
}

function PrintView({ view, id, hash }: { view: PrintViewName; id?: string; hash: string }) {
  const q = parsePrintQuery(hash);
  switch (view) {
    case 'risk-matrix':
      return <RiskMatrixView key={hash} orientation={q.orientation ?? 'plan'} date={q.date} />;
    case 'plan':
      return <PlanView key={hash} toc={q.toc} date={q.date} />;
    case 'status':
      return <StatusView key={hash} date={q.date} />;
    case 'meeting':
      return <MeetingView key={hash} id={id} date={q.date} />;
    case 'person':
      return <PersonView key={hash} id={id} date={q.date} />;
    case 'report':
      return <ReportView key={hash} id={id} />;
    case 'accounts':
      return <AccountsView key={hash} date={q.date} />;
  }
}
