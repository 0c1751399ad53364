import type { RecordOf } from '../model/kinds.js';
import { reportDates, type ReportLanguage } from './dates.js';
import type { DocumentFooter } from './document.js';
import { DOCUMENT_WORDS } from './documentWords.js';

/**
 * The parts every Word report shares with its PDF (renderer/print/common.tsx):
 * the project's title, the running footer and the document's keywords.
 */
export function projectTitleOf(project: RecordOf<'project'> | undefined, lang: ReportLanguage): string {
  return project?.title || DOCUMENT_WORDS[lang].common.noTitle;
}

/** "Beste praksis … · Skrevet ut 05.09.2021 · Sist endret 04.09.2021 kl. 14.03", and «Side n av m». */
export function documentFooter(
  project: RecordOf<'project'> | undefined,
  printedOn: Date,
  lastChange: string | null,
  lang: ReportLanguage,
): DocumentFooter {
  const w = DOCUMENT_WORDS[lang].common;
  const D = reportDates(lang);
  const changed = D.stamp(lastChange);
  const text = [
    projectTitleOf(project, lang),
    `${w.printed} ${D.localDate(printedOn)}`,
    changed ? `${w.lastChange} ${changed}` : '',
  ].filter(Boolean).join(' · ');
  return { text, page: w.page, of: w.of };
}

export function documentKeywords(project: RecordOf<'project'> | undefined): string[] {
  return [project?.title ?? '', ...(project?.parties ?? []), project?.funder ?? ''].filter(Boolean);
}

/** The report's date: an ISO date when given (reproducible reports), else today, as a local Date at noon. */
export function reportDay(isoDate: string | undefined, now: () => Date = () => new Date()): Date {
  if (!isoDate) return now();
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}
