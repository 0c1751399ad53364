/**
 * The Word documents' messages (issue 14): the `docx` command's help,
 * refusals and output, bokmål first.
 */
export const WORD_MESSAGES = {
  'cli.help.docx': {
    nb: 'lag et Word-dokument (.docx) av en rapport: {documents} (meeting trenger møtets id, report rapportens id)',
    en: "make a Word document (.docx) of a report: {documents} (meeting needs the meeting's id, report the report's id)",
  },
  'cli.help.docx_document': { nb: 'dokument: {documents}', en: 'document: {documents}' },
  'cli.help.docx_id': { nb: 'møtets id (for meeting) eller rapportens id (for report)', en: "the meeting's id (for meeting) or the report's id (for report)" },
  'cli.help.docx_out': {
    nb: 'Word-filen som skal skrives, med endelsen .docx (en eldre fil med samme navn erstattes)',
    en: 'the Word file to write, ending in .docx (an older file of the same name is replaced)',
  },
  'cli.help.docx_lang': { nb: '\nDokumentets språk: --lang nb|en (bokmål om ikke annet er valgt).', en: "\nThe document's language: --lang nb|en (Norwegian unless chosen otherwise)." },
  'cli.unknown_docx': { nb: 'Ukjent Word-dokument «{document}»; bruk en av: {known}.', en: 'Unknown Word document “{document}”; use one of: {known}.' },
  'cli.docx_meeting_needs_id': {
    nb: 'Møtereferatet trenger møtets id: prosjektboka docx <fil> meeting <id> --out <docx>.',
    en: "The minutes need the meeting's id: prosjektboka docx <file> meeting <id> --out <docx>.",
  },
  'cli.docx_report_needs_id': {
    nb: 'Rapporten trenger rapportens id: prosjektboka docx <fil> report <id> --out <docx>.',
    en: "The report needs the report's id: prosjektboka docx <file> report <id> --out <docx>.",
  },
  'cli.docx_takes_no_id': { nb: 'Word-dokumentet «{document}» tar ingen id.', en: 'The Word document “{document}” takes no id.' },
  'cli.docx_not_docx': {
    nb: 'Word-filen «{path}» må slutte på .docx, ellers åpner ikke Word den; ingenting er skrevet.',
    en: 'The Word file “{path}” must end in .docx, or Word will not open it; nothing was written.',
  },
} as const;
