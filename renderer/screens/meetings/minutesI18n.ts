import { registerCatalogue } from '../../i18n';

/** The words of the møtereferat's own facts on a meeting's page (MinutesFacts). */
const nb = {
  heading: 'Til arkivet',
  intro: 'Det et møtereferat for arkivet skal ha i tillegg. Alt er valgfritt.',
  endTime: 'Sluttid',
  endTimeHint: 'For eksempel 15.00',
  invalidTime: 'Skriv et klokkeslett som 15.00, eller la feltet stå tomt',
  chair: 'Møteleder',
  secretary: 'Referent',
  nobody: 'Ikke valgt',
  copyTo: 'Kopi til',
  copyToHint: 'Én mottaker per linje',
  nextDate: 'Neste møtedag',
  nextTime: 'Neste møte kl.',
  nextPlace: 'Lokale for neste møte',
  approvedOn: 'Godkjent den',
  approvedBy: 'Godkjent av',
  approvedByHint: 'For eksempel «Styringsgruppa i møte 3/2022»',
  archiveRef: 'Arkivreferanse (saksnummer)',
  archiveRefHint: 'Saksnummeret i kommunens arkiv, for eksempel 22/00123-4',
  casesHint: 'Vedtaket står under saken i utskriften når referat og vedtak har sakens overskrift, for eksempel «## 2. Økonomi» eller «## Sak 2».',
  undo: 'Endre møtet',
};

const en: typeof nb = {
  heading: 'For the archive',
  intro: 'What minutes for the archive also need. Everything is optional.',
  endTime: 'Ended at',
  endTimeHint: 'For example 15.00',
  invalidTime: 'Write a time such as 15.00, or leave the field empty',
  chair: 'Chair',
  secretary: 'Minute-taker',
  nobody: 'Not chosen',
  copyTo: 'Copy to',
  copyToHint: 'One recipient per line',
  nextDate: 'Next meeting on',
  nextTime: 'Next meeting at',
  nextPlace: 'Venue of the next meeting',
  approvedOn: 'Approved on',
  approvedBy: 'Approved by',
  approvedByHint: 'For example “The steering group in meeting 3/2022”',
  archiveRef: 'Archive reference (case number)',
  archiveRefHint: "The case number in the municipality's archive, for example 22/00123-4",
  casesHint: 'A decision prints under its item when the minutes and the decisions carry the item’s heading, for example “## 2. Economy” or “## Item 2”.',
  undo: 'Edit the meeting',
};

registerCatalogue('meetingMinutes', nb, en);
