/** Status reports (issue 14): the workbook's refusals and the NB parts' starting text. */
export const REPORT_MESSAGES = {
  'report.published_locked': {
    nb: 'Rapporten er publisert og kan ikke endres. Lag en ny versjon av den.',
    en: 'The report is published and cannot be changed. Make a new version of it.',
  },
  'report.published_no_delete': {
    nb: 'En publisert rapport kan ikke slettes: den er det mottakerne fikk. Lag heller en ny versjon av den.',
    en: 'A published report cannot be deleted: it is what its readers received. Make a new version of it instead.',
  },
  'report.already_published': { nb: 'Rapporten er allerede publisert.', en: 'The report is already published.' },
  'report.bad_period': { nb: 'Perioden slutter før den begynner.', en: 'The period ends before it begins.' },
  'report.prefill.goal': { nb: 'Mål {number}: {text}', en: 'Goal {number}: {text}' },
  'report.prefill.meeting': { nb: '{date}: {title}', en: '{date}: {title}' },
  'report.prefill.milestone': { nb: 'Milepæl {number} nådd {date}: {description}', en: 'Milestone {number} reached {date}: {description}' },
  'report.prefill.milestone_undated': { nb: 'Milepæl {number} nådd: {description}', en: 'Milestone {number} reached: {description}' },
  'report.prefill.lesson_positive': { nb: '{date} (positiv): {happened}. Lærdom: {learned}', en: '{date} (positive): {happened}. Learned: {learned}' },
  'report.prefill.lesson_negative': { nb: '{date} (negativ): {happened}. Lærdom: {learned}', en: '{date} (negative): {happened}. Learned: {learned}' },
  'report.prefill.change': { nb: '{date}: {what}', en: '{date}: {what}' },
  'report.prefill.change_notified': {
    nb: '{date}: {what} (varslet Nasjonalbiblioteket {notified})',
    en: '{date}: {what} (Nasjonalbiblioteket notified {notified})',
  },
} as const;
