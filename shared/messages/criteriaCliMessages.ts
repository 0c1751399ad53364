/**
 * `prosjektboka criteria show|set|decide` (electron/cli/criteriaCommand.ts): its help, its
 * output and its refusals, bokmål first. Every refusal names the argument and says nothing
 * was changed.
 */
export const CRITERIA_CLI_MESSAGES = {
  'cli.help.criteria': {
    nb: 'risikoens akseptkriterier: vis dem (show), endre sonene eller navnene (set), før inn vedtaket (decide)',
    en: 'the risk acceptance criteria: show them (show), change the zones or their names (set), record the decision (decide)',
  },
  'cli.help.criteria_show': { nb: 'vis sonene, navnene deres og om kriteriene er vedtatt', en: 'show the zones, their names and whether the criteria are decided' },
  'cli.help.criteria_set': {
    nb: 'endre sonegrensene og/eller navnene; da er kriteriene et forslag til de vedtas',
    en: 'change the zone limits and/or their names; the criteria are then a proposal until decided',
  },
  'cli.help.criteria_zones': {
    nb: 'tre soner, grønn, gul og rød, som fra-til skilt med komma: 1-4,5-12,15-25',
    en: 'three zones, green, yellow and red, as from-to separated by commas: 1-4,5-12,15-25',
  },
  'cli.help.criteria_labels': { nb: 'sonenes navn: plan (prosjektplanens) eller dsb (DSBs)', en: "the zones' names: plan (the project plan's) or dsb (DSB's)" },
  'cli.help.criteria_decide': {
    nb: 'før inn at kriteriene som gjelder nå, er vedtatt: når og av hvem',
    en: 'record that the criteria now in force are decided: when and by whom',
  },
  'cli.help.criteria_on': { nb: 'vedtaksdatoen, 15.03.2022 eller 2022-03-15 (ellers i dag)', en: 'the date of the decision, 15.03.2022 or 2022-03-15 (else today)' },
  'cli.help.criteria_by': { nb: 'hvem som vedtok, i ord: «Styringsgruppa»', en: 'who decided, in words: «Styringsgruppa»' },
  'cli.help.criteria_person': { nb: 'personen som vedtok: id eller fullt navn', en: 'the person who decided: id or full name' },

  'cli.criteria.set_nothing': {
    nb: 'criteria set trenger --zones, --labels eller begge. Ingenting er endret.',
    en: 'criteria set needs --zones, --labels or both. Nothing was changed.',
  },
  'cli.criteria.zones_format': {
    nb: '--zones «{value}»: skriv tre soner (grønn, gul, rød) som fra-til skilt med komma, for eksempel 1-4,5-12,15-25. Ingenting er endret.',
    en: '--zones «{value}»: write three zones (green, yellow, red) as from-to separated by commas, for example 1-4,5-12,15-25. Nothing was changed.',
  },
  'cli.criteria.zones_invalid': {
    nb: '--zones «{value}»: {problems}. Ingenting er endret.',
    en: '--zones «{value}»: {problems}. Nothing was changed.',
  },
  'cli.criteria.labels_unknown': {
    nb: '--labels «{value}»: kjenner bare {known}. Ingenting er endret.',
    en: '--labels «{value}»: only {known} are known. Nothing was changed.',
  },
  'cli.criteria.decide_who': {
    nb: 'criteria decide trenger hvem som vedtok: --by «Styringsgruppa», --person <id|navn> eller begge. Ingenting er endret.',
    en: 'criteria decide needs who decided: --by «Styringsgruppa», --person <id|name> or both. Nothing was changed.',
  },
  'cli.criteria.bad_date': {
    nb: '--on «{value}» er ingen gyldig dato; skriv 15.03.2022 eller 2022-03-15. Ingenting er endret.',
    en: '--on «{value}» is not a valid date; write 15.03.2022 or 2022-03-15. Nothing was changed.',
  },
  'cli.criteria.no_project': {
    nb: 'Arbeidsboka har ingen prosjektpost å holde akseptkriteriene i. Ingenting er endret.',
    en: 'The workbook has no project record to hold the acceptance criteria. Nothing was changed.',
  },

  'cli.out.criteria_decided': { nb: 'Akseptkriterier: vedtatt {date} av {by}.', en: 'Acceptance criteria: decided on {date} by {by}.' },
  'cli.out.criteria_proposed': { nb: 'Akseptkriterier: forslag, ikke vedtatt.', en: 'Acceptance criteria: a proposal, not decided.' },
  'cli.out.criteria_changed': {
    nb: 'Akseptkriterier: forslag, endret etter vedtaket {date}.',
    en: 'Acceptance criteria: a proposal, changed since the decision of {date}.',
  },
  'cli.out.criteria_zone': { nb: '{zone}: {from}–{to} – {name}', en: '{zone}: {from}–{to} – {name}' },
  'cli.out.criteria_labels': { nb: 'Navn på sonene: {labels}', en: 'Names of the zones: {labels}' },
  'cli.out.criteria_labels_plan': { nb: 'prosjektplanens (plan)', en: "the project plan's (plan)" },
  'cli.out.criteria_labels_dsb': { nb: 'DSBs (dsb)', en: "DSB's (dsb)" },
} as const;
