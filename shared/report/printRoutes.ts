/**
 * The print views and their addresses, shared by the renderer that draws them
 * and the Node side that prints them: #/print/<view>[/<id>][?orientation=dsb][&toc=3,4,6].
 */
export const PRINT_VIEWS = ['risk-matrix', 'plan', 'status', 'meeting', 'person', 'report', 'accounts'] as const;

/** The views that print one record, named by its id. */
export const VIEWS_WITH_ID: readonly PrintView[] = ['meeting', 'person', 'report'];
export type PrintView = (typeof PRINT_VIEWS)[number];

export function isPrintView(name: string): name is PrintView {
  return (PRINT_VIEWS as readonly string[]).includes(name);
}

/**
 * Risk matrix orientation. 'plan': consequence rows (Veldig lav at the top, as
 * in the project plan), probability columns. 'dsb': probability rows with the
 * highest at the top and consequence columns, as in DSB's ROS guidance.
 */
export const ORIENTATIONS = ['plan', 'dsb'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export function isOrientation(name: string): name is Orientation {
  return (ORIENTATIONS as readonly string[]).includes(name);
}

export interface PrintOptions {
  readonly id?: string;
  readonly orientation?: Orientation;
  /** Page numbers of the plan's table of contents, in its order (found by a first rendering). */
  readonly toc?: readonly number[];
  /** The report's date (ISO), when it is not today. */
  readonly date?: string;
  /** The printout's language: bokmål unless English is asked for. */
  readonly lang?: PrintLanguage;
}

export const PRINT_LANGUAGES = ['nb', 'en'] as const;
export type PrintLanguage = (typeof PRINT_LANGUAGES)[number];

export function isPrintLanguage(name: unknown): name is PrintLanguage {
  return (PRINT_LANGUAGES as readonly unknown[]).includes(name);
}

export function printRoute(view: PrintView, options: PrintOptions = {}): string {
  const query = new URLSearchParams();
  if (options.orientation && options.orientation !== 'plan') query.set('orientation', options.orientation);
  if (options.toc && options.toc.length > 0) query.set('toc', options.toc.join(','));
  if (options.date) query.set('date', options.date);
  if (options.lang && options.lang !== 'nb') query.set('lang', options.lang);
  const q = query.toString();
  return `#/print/${view}${options.id ? `/${options.id}` : ''}${q ? `?${q}` : ''}`;
}

/** #/print/index, the list of every printout, in a language. */
export function printIndexRoute(lang: PrintLanguage = 'nb'): string {
  return lang === 'nb' ? '#/print/index' : `#/print/index?lang=${lang}`;
}

/** The options in a print route's hash, read leniently: anything unknown is ignored. */
export function parsePrintQuery(hash: string): Omit<PrintOptions, 'id'> {
  const at = hash.indexOf('?');
  const query = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  const orientation = query.get('orientation') ?? '';
  const toc = (query.get('toc') ?? '')
    .split(',')
    .filter((s) => /^\d{1,4}$/.test(s))
    .map(Number);
  const date = query.get('date') ?? '';
  const lang = query.get('lang');
  return {
    lang: isPrintLanguage(lang) ? lang : 'nb',
    orientation: isOrientation(orientation) ? orientation : 'plan',
    toc: toc.length > 0 ? toc : undefined,
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
  };
}

/** File names of the PDFs, in Norwegian. */
export const PDF_FILE_STEMS: Readonly<Record<PrintView, string>> = {
  'risk-matrix': 'risikomatrise',
  plan: 'prosjektplan',
  status: 'statusrapport',
  meeting: 'motereferat',
  person: 'personopplysninger',
  report: 'rapport', // one status report (h-reports)
  accounts: 'regnskap', // Nasjonalbiblioteket's accounts (h-nb)
};
