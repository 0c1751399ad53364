/**
 * Every field's name in words, bokmål and English: what a sync conflict, a status report's conflicts
 * part (screen, PDF, Word) and the sync screen call a field. Written once here; the sync screen's
 * catalogue spreads it. A field without a name here shows its code.
 */
export const FIELD_WORDS = {
  nb: {
    _deleted: 'Slettet eller ikke',
    title: 'Tittel', shortDescription: 'Kort beskrivelse', ownerId: 'Eier', leaderId: 'Prosjektleder', funder: 'Finansiert av',
    parties: 'Parter', startDate: 'Startdato', endDate: 'Sluttdato', probabilityLabels: 'Ord for sannsynlighet',
    riskZones: 'Risikosoner (akseptkriterier)', riskZoneLabels: 'Navn på risikosonene', riskCriteriaDecided: 'Vedtatte akseptkriterier',
    riskCriteriaDecidedOn: 'Akseptkriterier vedtatt dato', riskCriteriaDecidedById: 'Akseptkriterier vedtatt av', riskCriteriaDecidedBy: 'Akseptkriterier vedtatt av (organ)',
    consequenceLabels: 'Ord for konsekvens', number: 'Nummer', label: 'Navn', sortOrder: 'Rekkefølge', body: 'Tekst', text: 'Tekst',
    name: 'Navn', kind: 'Type', phase: 'Fase', examines: 'Undersøker', objectives: 'Mål', goalIds: 'Mål', coordinatorId: 'Koordinator',
    reportsToId: 'Rapporterer til', note: 'Merknad', position: 'Stilling', affiliation: 'Tilhørighet', placeholder: 'Ikke besatt',
    email: 'E-post', personId: 'Person', role: 'Rolle', groupId: 'Gruppe', positionAsWritten: 'Stilling (som skrevet)',
    affiliationAsWritten: 'Tilhørighet (som skrevet)', periodId: 'Prosjektår', description: 'Beskrivelse', plannedText: 'Planlagt',
    status: 'Status', actualDate: 'Faktisk dato', responsibleId: 'Ansvarlig', type: 'Type', lineId: 'Budsjettlinje', amount: 'Beløp',
    date: 'Dato', measures: 'Tiltak', probability: 'Sannsynlighet', consequence: 'Konsekvens',
    residualProbability: 'Sannsynlighet etter tiltak', residualConsequence: 'Konsekvens etter tiltak', riskId: 'Risiko',
    startsAt: 'Tidspunkt', place: 'Sted', agenda: 'Dagsorden', minutes: 'Referat', decisions: 'Vedtak', meetingId: 'Møte',
    present: 'Til stede', dueDate: 'Frist',
    comment: 'Kommentar', happened: 'Hva skjedde', learned: 'Hva vi lærte', recommendation: 'Anbefaling', outcome: 'Positiv eller negativ', goalId: 'Mål',
    what: 'Hva', timeEffect: 'Konsekvens for tid', costEffect: 'Konsekvens for kostnad', goalEffect: 'Konsekvens for målene',
    decidedById: 'Besluttet av (person)', decidedBy: 'Besluttet av', nbNotified: 'Varslet Nasjonalbiblioteket', nbNotifiedDate: 'Varslet dato',
    endTime: 'Tid til', chairId: 'Møteleder', secretaryId: 'Referent', copyTo: 'Kopi til', nextMeetingAt: 'Neste møte',
    nextMeetingPlace: 'Sted for neste møte', approvedOn: 'Godkjent dato', approvedBy: 'Godkjent av', archiveRef: 'Arkivreferanse',
    periodFrom: 'Periode fra', periodTo: 'Periode til', overallStatus: 'Samlet status', statusReason: 'Begrunnelse for status',
    summary: 'Sammendrag', partComments: 'Kommentarer til delene', goalAssessments: 'Vurdering av målene', decisionsNeeded: 'Beslutninger som trengs',
    nextPeriodPlans: 'Planer for neste periode', nbResults: 'Resultater', nbGoalAttainment: 'Måloppnåelse', nbActivities: 'Innhold og aktiviteter',
    nbTargetGroups: 'Målgrupper', nbCooperation: 'Samarbeid', nbLessons: 'Overføringsverdi og erfaringer', nbContinuation: 'Videreføring',
    nbGrantConditions: 'Oppfølging av føringer i tildelingsbrevet', nbDeviations: 'Avvik og forsinkelser', basedOnId: 'Ny versjon av',
    publishedAt: 'Publisert', publishedBy: 'Publisert av', snapshot: 'Publisert innhold',
    planVersion: 'Planens versjon', approvedDate: 'Vedtatt dato',
    deviationComment: 'Kommentar til avvik', funding: 'Finansieringskilde',
  } as Readonly<Record<string, string>>,
  en: {
    _deleted: 'Deleted or not',
    title: 'Title', shortDescription: 'Short description', ownerId: 'Owner', leaderId: 'Project leader', funder: 'Funded by',
    parties: 'Parties', startDate: 'Start date', endDate: 'End date', probabilityLabels: 'Words for probability',
    riskZones: 'Risk zones (acceptance criteria)', riskZoneLabels: 'Names of the risk zones', riskCriteriaDecided: 'Decided acceptance criteria',
    riskCriteriaDecidedOn: 'Acceptance criteria decided on', riskCriteriaDecidedById: 'Acceptance criteria decided by', riskCriteriaDecidedBy: 'Acceptance criteria decided by (body)',
    consequenceLabels: 'Words for consequence', number: 'Number', label: 'Name', sortOrder: 'Order', body: 'Text', text: 'Text',
    name: 'Name', kind: 'Kind', phase: 'Phase', examines: 'Examines', objectives: 'Objectives', goalIds: 'Goals', coordinatorId: 'Coordinator',
    reportsToId: 'Reports to', note: 'Note', position: 'Position', affiliation: 'Affiliation', placeholder: 'Not yet filled',
    email: 'E-mail', personId: 'Person', role: 'Role', groupId: 'Group', positionAsWritten: 'Position (as written)',
    affiliationAsWritten: 'Affiliation (as written)', periodId: 'Project year', description: 'Description', plannedText: 'Planned',
    status: 'Status', actualDate: 'Actual date', responsibleId: 'Responsible', type: 'Type', lineId: 'Budget line', amount: 'Amount',
    date: 'Date', measures: 'Measures', probability: 'Probability', consequence: 'Consequence',
    residualProbability: 'Probability after measures', residualConsequence: 'Consequence after measures', riskId: 'Risk',
    startsAt: 'Time', place: 'Place', agenda: 'Agenda', minutes: 'Minutes', decisions: 'Decisions', meetingId: 'Meeting',
    present: 'Present', dueDate: 'Due date',
    comment: 'Comment', happened: 'What happened', learned: 'What we learned', recommendation: 'Recommendation', outcome: 'Positive or negative', goalId: 'Goal',
    what: 'What', timeEffect: 'Effect on time', costEffect: 'Effect on cost', goalEffect: 'Effect on the goals',
    decidedById: 'Decided by (person)', decidedBy: 'Decided by', nbNotified: 'Nasjonalbiblioteket notified', nbNotifiedDate: 'Date notified',
    endTime: 'Ends at', chairId: 'Chair', secretaryId: 'Minute-taker', copyTo: 'Copy to', nextMeetingAt: 'Next meeting',
    nextMeetingPlace: 'Place of next meeting', approvedOn: 'Approved on', approvedBy: 'Approved by', archiveRef: 'Archive reference',
    periodFrom: 'Period from', periodTo: 'Period to', overallStatus: 'Overall status', statusReason: 'Reason for the status',
    summary: 'Summary', partComments: 'Comments on the parts', goalAssessments: 'Assessment of the goals', decisionsNeeded: 'Decisions needed',
    nextPeriodPlans: 'Plans for the next period', nbResults: 'Results', nbGoalAttainment: 'Goal attainment', nbActivities: 'Content and activities',
    nbTargetGroups: 'Target groups', nbCooperation: 'Cooperation', nbLessons: 'Transfer value and lessons', nbContinuation: 'Continuation',
    nbGrantConditions: 'Follow-up of the grant letter’s conditions', nbDeviations: 'Deviations and delays', basedOnId: 'New version of',
    publishedAt: 'Published', publishedBy: 'Published by', snapshot: 'Published content',
    planVersion: 'Plan version', approvedDate: 'Date approved',
    deviationComment: 'Comment on the deviation', funding: 'Source of funding',
  } as Readonly<Record<string, string>>,
};

/** The field's name in the language, or its code. */
export function fieldWord(lang: 'nb' | 'en', field: string): string {
  return FIELD_WORDS[lang][field] ?? field;
}
