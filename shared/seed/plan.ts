/**
 * The project plan "Prosjektplan: Beste praksis for bibliotek og innbyggertorg"
 * (Drammen kommune and Indre Østfold kommune, 2021–2023), transcribed by hand
 * into seed records.
 *
 * Text is kept verbatim, including the plan's typos ("wokrksshop",
 * "Innbyggerundersøkesle", "presntasjon", "søknadssøtte", …) and its other
 * quirks (the periods overlap on 01.09.2022, milestone 3 has no date, group B
 * lists four names beside five affiliations). They are kept on purpose: the
 * seed shows the plan as written, and the user corrects it in the workbook.
 *
 * A reference field holds the key of an earlier record; the project record
 * comes last because it points at people.
 */
import type { Fields, Kind } from '../model/kinds.js';
import type { Role } from '../model/enums.js';
import type { SeedRecord } from './types.js';
import { DEFAULT_ZONE_BANDS } from '../rules/riskCriteria.js';

function rec<K extends Kind>(kind: K, key: string, fields: Fields<K>): SeedRecord {
  return { key, kind, fields };
}

const paragraphs = (...ps: string[]): string => ps.join('\n\n');
const bullets = (...items: string[]): string => items.map((item) => `- ${item}`).join('\n');

// ---------------------------------------------------------------------------
// Sections (the plan's prose)

const SECTIONS: SeedRecord[] = [
  rec('section', 'section.innledning', {
    sortOrder: 0,
    title: 'Innledning',
    body: paragraphs(
      'Vi vil med dette prosjektet se på effekter og utfordringer ved både samorganisering og samlokalisering av bibliotek og innbyggertorg. Dette er forsøkt gjort på mange ulike måter men lite informasjon er samlet av resultater og vurderinger av slike prosjekter. Mange kommuner jobber på ulikt vis med å finne samarbeidsformer mellom biblioteket og kommunens servicefunksjon. Drammen kommune og Indre Østfold kommune jobber sammen om dette prosjektet og det deltar et stort utvalg ansatte fra begge kommunene med ulike erfaringer. Hva er beste praksis for samarbeid mellom bibliotek og innbyggertorg? Hva fungerer og hva fungerer ikke? Hvordan kan tjenestene våres bli bedre?',
      'Prosjektet består av tre temaområder som tre prosjektgrupper skal jobbe med for å til slutt å kunne lage en modell som beskriver effekter, synergier og utvikling av bibliotek og innbyggertorg. De tre temaområdene er "Samorganisering og samlokalisering", "Ulike roller på samme møteplass" og "Stedsutvikling".',
      'Prosjektet er støttet med utviklingsmidler fra Nasjonalbiblioteket.',
    ),
  }),
  rec('section', 'section.bakgrunn', {
    sortOrder: 1,
    title: '1. Bakgrunn',
    body: paragraphs(
      'I forbindelse med kommunesammenslåingene har både Drammen og Indre Østfold endret organisasjonsstruktur og plassert bibliotekets ansatte og innbyggertorgenes ansatte i samme virksomhet. På noen lokasjoner, hovedsakelig i Indre Østfold, er disse også samlokalisert. I Drammen er biblioteket organisert i to avdelinger mens innbyggertorget er en egen avdeling. I Indre Østfold er Innbyggertorg og bibliotek organisert i samme seksjon - i tillegg er de samlokalisert i fem fysiske møteplasser som hver utgjør en egen avdeling med avdelingsleder. Fungerende biblioteksjef er innsatt som enhetsleder for alle fem avdelingene.',
      'Hensikten med samorganiseringen er å tenke nytt rundt hvordan innbyggere skal møtes og hvordan kommunen fremstår utad til sine egne innbyggere. Felles for bibliotek og innbyggertorg er at man skal fungere som møteplasser. Gode møteplasser i kommunedelene har blitt særlig viktig etter kommunesammenslåingene. Mens kommunene før gjerne hadde et sentrum å utvikle er det nå mange mindre sentrumsområder. Det er derfor blitt særlig viktig å skape forutsetningene for nærdemokrati og god stedsutvikling i de ulike kommunedelene - slik at alle innbyggere føler seg ivaretatt i de nye storkommunene.',
      'Prosjektet kan i Drammen også sees i sammenheng med det pågående knutepunktprosjektet som handler om å skape gode møteplasser for kommunedelene og arenaer for nærdemokrati. Vi presiserer likevel at et knutepunkt ikke nødvendigvis innebærer innbyggertorg og bibliotek - selv om dette er funksjoner som noen ganger er plassert der.',
      'Samorganiseringen i våre kommuner tar utgangspunkt i at samkjøring og samarbeid mellom innbyggertorg og bibliotek vil gi merverdi til innbyggere og sørge for et bedre tjenestetilbud. Flere steder i landet er disse samlokalisert, men det er sjeldnere at de samorganiseres. Spesielt i større enheter slik som i Drammen og Indre Østfold. Vi ønsker med dette prosjektet å ta utgangspunkt i kommunens situasjon og se på hvilken betydning samorganiseringen kan ha for tjenestene. Dette ser vi på som en nyttig undersøkelse både i egne kommuner og i nasjonal sammenheng.',
      'I Nasjonal bibliotekstrategi er samarbeid og utvikling en av tre hovedlinjer det satses på i perioden 2020 - 2023. De peker på at økt samarbeid gir grunnlag for bedre ressursutnyttelse på tvers av institusjoner og at samarbeid om drift, tjenester eller prosjekter som regel medfører at ressurser frigjøres til andre behov. Samarbeid vil ofte føre til kompetansedeling, kunnskapsdeling og læring, både bevist og ubevist. Det kan også føre til at tjenestene våre får økt synlighet i befolkningen og blir oppdaget av nye brukergrupper (kilde: Rom for demokrati og dannelse s. 27). Men for å dra nytte av dette samarbeidet ser vi et behov for å kartlegge hvordan det best kan gjøres i praksis og hvilke fallgruver vi må være oppmerksomme på.',
    ),
  }),
  rec('section', 'section.mal-og-resultat', {
    sortOrder: 2,
    title: '2. Mål og resultat',
    body: paragraphs(
      'Prosjektet har seks hovedmål som tre prosjektgrupper skal jobbe med. Arbeidet underveis i prosjektgruppene vil starte tankeprosesser og være kompetansehevende for våre egne ansatte. Underveis vil vi samle og systematisere kunnskapen vi opparbeider oss på en slik måte at andre kan dra nytte av våre erfaringer. Prosjektet vil ende med en grundig sluttrapport som svarer på de 6 målene vi har satt oss og som presenterer en modell som beskriver beste praksis for bibliotek og innbyggertorg. Ambisjonen er at modellen kan hjelpe andre kommuner som en erfaringsbank, som inspirasjon og som veileder mot en "beste praksis".',
      'De seks målene er:',
      bullets(
        '1) Lære om effekter og utfordringer ved samorganisering og samlokalisering av bibliotek og innbyggertorg og hvordan man kan tilrettelegge for god samskaping i nærmiljøet',
        '2) Undersøke og beskrive hvordan organiseringen påvirker opplevelsen av tjenesten utad',
        '3) Å lage en modell som beskriver effekter, synergier og utvikling av bibliotek og innbyggertorg -> Beste praksis.',
        '4) Undersøke og beskrive hvordan man kan sikre og utvikle biblioteket som uavhengig møteplass i ny organisering',
        '5) Undersøke og beskrive hvordan den nye organiseringen kan styrke stedsutviklingen',
        '6) Bidra til den nasjonale debatten om nye organisasjonsformer for bibliotek',
      ),
      'Prosjektgruppene skal jobbe med problemstillingene de har fått utdelt. Dette arbeidet vil danne grunnlaget for en innbyggerundersøkelse som gjennomføres i begge kommunene i årsskiftet 2021/22. Resultatene i undersøkelsen vil danne grunnlag for videre diskusjon og analyse av problemstillingene i prosjektgruppene. Det er også lagt opp til en oppfølgingsundersøkelse i andre prosjektår. Innhold og utforming er bestemmes ut i fra erfaringene og behovene etter første prosjektår.',
      'Innbyggerundersøkelsene gjennomføres i samarbeid med innleid ekspertise, anbud gjennomføres i september/oktober 2021. Resultatene fra de to undersøkelsene skal rapporteres på både skriftlig og muntlig til prosjektgruppene og vil danne et viktig grunnlag for utarbeidelse av sluttrapport.',
      'Det konkrete resultatet av prosjektet vil være en sluttrapport som oppsummerer resultatene av arbeidet som har blitt gjort i prosjektet og inneholde en modell for beste praksis. Vi mener arbeidet som gjøres underveis i prosjektarbeidet vil ha stor nytteverdi for de ansatte med tanke på læring samt at organisasjonen som helhet vil dra nytte av at så mange setter seg grundig inn i de ulike problemstillingene prosjektet tar opp i målsetningene sine.',
    ),
  }),
  rec('section', 'section.prosjektorganisering', {
    sortOrder: 3,
    title: '3. Prosjektorganisering',
    body: paragraphs(
      'Prosjektet er delt inn i tre prosjektgrupper som jobber med hvert sitt området og delmål. Prosjektgruppene rapporterer til prosjektleder og et koordineringsteam som har ansvar for å følge opp og støtte prosjektgruppene. Prosjektleder med støtte av koordineringsteam har overordnet ansvar for prosjektet og sørger for praktisk gjennomføring, økonomi og kommunikasjon.',
      'Prosjektleder og koordineringsteam rapporterer til styringsgruppa som består av lederteamene i Drammen kommune Virksomhet bibliotek og møteplass og Indre Østfold kommune seksjon for Innbyggertorg og bibliotek.',
    ),
  }),
  rec('section', 'section.arbeidsmetoder', {
    sortOrder: 4,
    title: '5. Arbeidsmetoder',
    body: paragraphs(
      'Prosjektgruppene vil i starten av prosessen selv finne frem til hvilke arbeidsmetoder de ønsker å bruke for å kunne svare på problemstillingen de har fått å jobbe med. Dette er for å sikre medvirkning og eierskap til prosjektet, dessuten tror vi de beste metodene og verktøyene velges av de som selv skal bruke dem. Forslag til arbeidsmetoder kan være ulike workshop-metoder både fysisk og digitalt slik som f.eks verktøyet «Miro».',
      'Vi legger til rette for at prosjektgruppemedlemene underveis får faglig påfyll som gir de mer kontekst og selvsikkerhet i møtet med problemstillingene de skal løse.',
      'Deltakerne i prosjektet kommer fra ulike kommuner og ulike avdelinger med forskjellige arbeidsteder. Vi er derfor avhengig av å møtes mye digitalt. Det vil likevel være et fokus på å få tilstrekkelig med fysiske møter der vi ser det som nødvendig for det faglige utbytte. Det prioriteres å sette av noen dager hvor prosjektgruppene får dekt reise og kost for fysiske møtedager.',
      'Første halvår av prosjektet vil handle mye om å få i stand innbyggerundersøkelser som skal gjennomføres rundt årsskiftet 2021/22. Dette vil vi hyre inn et eksternt firma for å hjelpe oss med å gjennomføre. Prosjektgruppens arbeid vil være sentralt i utformingen av undersøkelsen.',
    ),
  }),
  rec('section', 'section.milepaelsplan', {
    sortOrder: 5,
    title: '6. Milepælsplan',
    body: 'Her følger en Milepælsplan som gir en oversikt over forventet progresjon. Det presiseres at milepælsplanen er veiledende og tidspunkter kan forskyves hvis vi ser at det er nødvendig for kvaliteten i arbeidet.',
  }),
];

// ---------------------------------------------------------------------------
// Goals (section 2, without the "1)" prefixes)

const GOAL_TEXTS = [
  'Lære om effekter og utfordringer ved samorganisering og samlokalisering av bibliotek og innbyggertorg og hvordan man kan tilrettelegge for god samskaping i nærmiljøet',
  'Undersøke og beskrive hvordan organiseringen påvirker opplevelsen av tjenesten utad',
  'Å lage en modell som beskriver effekter, synergier og utvikling av bibliotek og innbyggertorg -> Beste praksis.',
  'Undersøke og beskrive hvordan man kan sikre og utvikle biblioteket som uavhengig møteplass i ny organisering',
  'Undersøke og beskrive hvordan den nye organiseringen kan styrke stedsutviklingen',
  'Bidra til den nasjonale debatten om nye organisasjonsformer for bibliotek',
];
const GOALS: SeedRecord[] = GOAL_TEXTS.map((text, i) => rec('goal', `goal.${i + 1}`, { number: i + 1, text }));

// ---------------------------------------------------------------------------
// Periods (prosjektår; the budget's columns). Year 1 ends on the day year 2
// starts, 01.09.2022, as in the plan's budget headings.

const PERIODS: SeedRecord[] = [
  rec('period', 'period.1', { number: 1, label: 'Prosjektår 1', startDate: '2021-09-01', endDate: '2022-09-01' }),
  rec('period', 'period.2', { number: 2, label: 'Prosjektår 2', startDate: '2022-09-01', endDate: '2023-08-31' }),
];

// ---------------------------------------------------------------------------
// People: one record each, with stilling and tilhørighet from their first
// appearance (the ansvarstabell first, then the group lists).

function person(key: string, name: string, position: string, affiliation: string, placeholder = false): SeedRecord {
  return rec('person', `person.${key}`, { name, position, affiliation, placeholder, email: '' });
}

const PEOPLE: SeedRecord[] = [
  // Ansvarstabell
  person('jorgen-hovde', 'Jørgen Hovde', 'Virksomhetsleder - biblioteksjef bibliotek og møteplass', 'Drammen kommune'),
  person('elin-brandsrud', 'Elin Brandsrud', 'Biblioteksjef Indre Østfold og avdelingsleder Mysen bibliotek', 'Indre Østfold kommune'),
  person('john-andrew-firing', 'John Andrew Firing', 'Seksjonsleder innbyggertorg og bibliotek', 'Indre Østfold kommune'),
  person('sven-lilleheier', 'Sven Lilleheier', 'Avdelingsleder Indre Østfold innbyggertorg og bibliotek', 'Indre Østfold kommune'),
  person('grethe-iversen', 'Grethe Iversen', 'Avdelingsleder Indre Østfold innbyggertorg og bibliotek', 'Indre Østfold kommune'),
  person('heidi-hovemoen', 'Heidi Hovemoen', 'Fylkesbiblioteksjef Viken', 'Viken Fylkesbibliotek'),
  person('oystein-kristoffersen', 'Øystein Kristoffersen', 'Avdelingsleder Innbyggertorg', 'Drammen kommune'),
  person('katrine-kirkeby-arnold', 'Katrine Kirkeby Arnold', 'Avdelingsleder Lokalbibliotekene', 'Drammen Kommune'),
  person('person-4-drmk', 'Person 4 drmk (venter på ansettelse)', 'Avdelingsleder Hovedbiblioteket', 'Drammen Kommune', true),
  person('ina-synove-borsheim', 'Ina Synøve Borsheim', 'Bibliotekkonsulent', 'Drammensbibliotekene / Svelvik bibliotek'),
  person('madelen-ramsoy', 'Madelen Ramsøy', 'Koordinator prosjektgruppe A', 'Indre Østfold Kommune'),
  person('ranveig-hushovd', 'Ranveig Hushovd', 'Koordinator prosjektgruppe C', 'Drammen kommune'),
  // Prosjektgruppe A
  person('line-gjelseth', 'Line Gjelseth', '', 'Drammen kommune'),
  person('jonas-bertelsen-apeland', 'Jonas Bertelsen Apeland', '', 'Drammen Kommune'),
  person('eva-christin-heyerdal-johnston', 'Eva Christin Heyerdal Johnston', '', 'Drammen Kommune'),
  person('oyvind-svaleng', 'Øyvind Svaleng', '', 'Drammen kommune'),
  person('kristin-engerbraten', 'Kristin Engerbråten', '', 'Indre Østfoldkommune'),
  person('lise-solberg', 'Lise Solberg', '', 'Indre Østfold kommune'),
  // Prosjektgruppe B
  person('arild-pedersen', 'Arild Pedersen', '', 'Indre Østfold Kommune'),
  person('martin-nordli', 'Martin Nordli', '', 'Drammen kommune'),
  person('peter-shagalov', 'Peter Shagalov', '', 'Drammen kommune'),
  // Prosjektgruppe C
  person('marianne-aadne', 'Marianne Aadne', '', 'Drammen Kommune'),
  person('anja-mulder-roste', 'Anja Mulder Røste', '', 'Drammen kommune'),
  person('gro-a-jacobsen-borger', 'Gro A. Jacobsen Borger', '', 'Indre Østfold kommune'),
  person('solvor-snoen-hoel', 'Solvor Snoen Hoel', '', 'Drammen kommune'),
  person('irene-walseth', 'Irene Walseth', '', 'Indre Østfold'),
];

// ---------------------------------------------------------------------------
// Groups (section 3's table and section 4's group lists). The steering group
// and the coordination team come first, since the project groups report to them.

const GROUPS: SeedRecord[] = [
  rec('group', 'group.styringsgruppe', {
    sortOrder: 0,
    name: 'Styringsgruppe',
    kind: 'steering_group',
    phase: null,
    examines: '',
    objectives: '',
    goalIds: [],
    coordinatorId: null,
    reportsToId: null,
    description: 'Består av lederteamene i Drammen kommune Virksomhet bibliotek og møteplass og Indre Østfold kommune seksjon for Innbyggertorg og bibliotek.',
    note: '',
  }),
  rec('group', 'group.koordineringsteam', {
    sortOrder: 1,
    name: 'Koordineringsteam',
    kind: 'coordination_team',
    phase: null,
    examines: '',
    objectives: '',
    goalIds: [],
    coordinatorId: null,
    reportsToId: 'group.styringsgruppe',
    description: 'Har ansvar for å følge opp og støtte prosjektgruppene.',
    note: '',
  }),
  rec('group', 'group.a', {
    sortOrder: 2,
    name: 'Prosjektgruppe A',
    kind: 'project_group',
    phase: 1,
    examines: 'Samorganisering og samlokalisering',
    objectives: bullets(
      'Lære om effekter og utfordringer ved samorganisering og samlokalisering av bibliotek og innbyggertorg',
      'Undersøke hvordan organiseringen påvirker opplevelsen utad',
    ),
    goalIds: ['goal.1', 'goal.2'],
    coordinatorId: 'person.madelen-ramsoy',
    reportsToId: 'group.koordineringsteam',
    description: '',
    note: '',
  }),
  rec('group', 'group.b', {
    sortOrder: 3,
    name: 'Prosjektgruppe B',
    kind: 'project_group',
    phase: 1,
    examines: 'Ulike roller på samme møteplass',
    objectives: bullets(
      'Undersøke og beskrive hvordan man kan sikre biblioteket som uavhengig møteplass og arena i forhold til kommunens behov',
    ),
    goalIds: ['goal.4'],
    coordinatorId: 'person.ina-synove-borsheim',
    reportsToId: 'group.koordineringsteam',
    description: '',
    note: 'I planen står fire navn ved siden av fem tilhørigheter: Drammen Kommune, Indre Østfold Kommune, Drammen kommune, Drammen kommune, Indre Østfold kommune.',
  }),
  rec('group', 'group.c', {
    sortOrder: 4,
    name: 'Prosjektgruppe C',
    kind: 'project_group',
    phase: 1,
    examines: 'Stedsutvikling',
    objectives: bullets('Undersøke og beskrive hvordan den nye organiseringen kan styrke stedsutviklingen'),
    goalIds: ['goal.5'],
    coordinatorId: 'person.ranveig-hushovd',
    reportsToId: 'group.koordineringsteam',
    description: '',
    note: '',
  }),
  rec('group', 'group.x', {
    sortOrder: 5,
    name: 'Prosjektgruppe X',
    kind: 'project_group',
    phase: 2,
    examines: 'Beste praksis\nSammenstiller resultater',
    objectives: bullets(
      'Lage en modell som beskriver effekter, synergier og utvikling av bibliotek og innbyggertorg',
      'Utarbeider sluttrapport og gjør resultatene av prosjektet tilgjengelig',
    ),
    goalIds: ['goal.3', 'goal.6'],
    coordinatorId: 'person.ina-synove-borsheim',
    reportsToId: 'group.koordineringsteam',
    // The plan: «Prosjektgruppe X (Bestående av noen fra prosjektgruppe A, B og C)» in the organisation table, and
    // «Medlemmer i prosjektgruppe X bestemmes før oppstart av prosjektår 2» in its row of the ansvarstabell.
    description: 'Bestående av noen fra prosjektgruppe A, B og C. Medlemmer i prosjektgruppe X bestemmes før oppstart av prosjektår 2',
    note: '',
  }),
];

// ---------------------------------------------------------------------------
// Roles: every row of the ansvarstabell and every group membership, in the
// plan's order. positionAsWritten/affiliationAsWritten are what that row says.

const ROLE_RECORDS: SeedRecord[] = [];
function role(
  personKey: string,
  roleCode: Role,
  groupKey: string | null,
  positionAsWritten: string,
  affiliationAsWritten: string,
): void {
  const context = groupKey ? groupKey.replace(/^group\./, '') : roleCode.replace(/_/g, '-');
  ROLE_RECORDS.push(
    rec('role', `role.${context}.${personKey}`, {
      personId: `person.${personKey}`,
      role: roleCode,
      groupId: groupKey,
      sortOrder: ROLE_RECORDS.length,
      positionAsWritten,
      affiliationAsWritten,
    }),
  );
}
/** A project group's list: the first name is the coordinator, the rest are members. */
function groupList(groupKey: string, rows: readonly (readonly [personKey: string, affiliation: string])[]): void {
  rows.forEach(([personKey, affiliation], i) =>
    role(personKey, i === 0 ? 'coordinator' : 'member', groupKey, i === 0 ? 'Koordinator' : '', affiliation),
  );
}

const VHL_DRAMMEN = 'Virksomhetsleder - biblioteksjef bibliotek og møteplass';
const AVDL_IO = 'Avdelingsleder Indre Østfold innbyggertorg og bibliotek';

role('jorgen-hovde', 'project_owner', null, VHL_DRAMMEN, 'Drammen kommune');

const STEERING = 'group.styringsgruppe';
role('jorgen-hovde', 'steering_group', STEERING, VHL_DRAMMEN, 'Drammen kommune');
role('elin-brandsrud', 'steering_group', STEERING, 'Biblioteksjef Indre Østfold og avdelingsleder Mysen bibliotek', 'Indre Østfold kommune');
role('john-andrew-firing', 'steering_group', STEERING, 'Seksjonsleder innbyggertorg og bibliotek', 'Indre Østfold kommune');
role('sven-lilleheier', 'steering_group', STEERING, AVDL_IO, 'Indre Østfold kommune');
role('grethe-iversen', 'steering_group', STEERING, AVDL_IO, 'Indre Østfold kommune');
role('heidi-hovemoen', 'steering_group', STEERING, 'Fylkesbiblioteksjef Viken', 'Viken Fylkesbibliotek');
role('oystein-kristoffersen', 'steering_group', STEERING, 'Avdelingsleder Innbyggertorg', 'Drammen kommune');
role('katrine-kirkeby-arnold', 'steering_group', STEERING, 'Avdelingsleder Lokalbibliotekene', 'Drammen Kommune');
role('person-4-drmk', 'steering_group', STEERING, 'Avdelingsleder Hovedbiblioteket', 'Drammen Kommune');

role('ina-synove-borsheim', 'project_leader', null, 'Bibliotekkonsulent', 'Drammensbibliotekene / Svelvik bibliotek');

const COORDINATION = 'group.koordineringsteam';
role('ina-synove-borsheim', 'coordination_team', COORDINATION, 'Koordinator prosjektgruppe B', 'Drammen kommune');
role('madelen-ramsoy', 'coordination_team', COORDINATION, 'Koordinator prosjektgruppe A', 'Indre Østfold Kommune');
role('ranveig-hushovd', 'coordination_team', COORDINATION, 'Koordinator prosjektgruppe C', 'Drammen kommune');

groupList('group.a', [
  ['madelen-ramsoy', 'Indre Østfold Kommune'],
  ['line-gjelseth', 'Drammen kommune'],
  ['jonas-bertelsen-apeland', 'Drammen Kommune'],
  ['eva-christin-heyerdal-johnston', 'Drammen Kommune'],
  ['oyvind-svaleng', 'Drammen kommune'],
  ['kristin-engerbraten', 'Indre Østfoldkommune'],
  ['lise-solberg', 'Indre Østfold kommune'],
]);
// Four names beside five affiliations in the plan: the first four are used
// (the fifth, "Indre Østfold kommune", is kept in group B's note).
groupList('group.b', [
  ['ina-synove-borsheim', 'Drammen Kommune'],
  ['arild-pedersen', 'Indre Østfold Kommune'],
  ['martin-nordli', 'Drammen kommune'],
  ['peter-shagalov', 'Drammen kommune'],
]);
groupList('group.c', [
  ['ranveig-hushovd', 'Drammen Kommune'],
  ['marianne-aadne', 'Drammen Kommune'],
  ['anja-mulder-roste', 'Drammen kommune'],
  ['gro-a-jacobsen-borger', 'Indre Østfold kommune'],
  ['solvor-snoen-hoel', 'Drammen kommune'],
  ['irene-walseth', 'Indre Østfold'],
]);
// Group X has no affiliation column in the plan; its members are not yet chosen.
groupList('group.x', [['ina-synove-borsheim', '']]);

// ---------------------------------------------------------------------------
// Milestones (section 6). Milestone 3 has no date in the plan.

const MILESTONE_ROWS: readonly (readonly [number, string, string])[] = [
  [1, 'Prosjektgrupper ferdig rekruttert', 'September uke 36 2021'],
  [2, 'Gjennomført oppstart med alle involverte', 'September uke 38 2021'],
  [3, 'Gjennomført wokrksshop med hver av prosjektgruppene', ''],
  [4, 'Anskaffet byrå til å gjennomføre innbyggerundersøkelse', 'September/oktober 2021'],
  [5, 'Innbyggerundersøkesle er gjennomført og presentert for prosjektgruppene skriftlig og muntlig', '1. Mars 2022'],
  [6, 'Prosjektgruppene er klare til å presentere resultater av brukerundersøkelsene og arbeid i prosjektgruppene', 'April 2022'],
  [7, 'Intern konferanse gjennomføres', 'April/mai 2022'],
  [8, 'Rapport og resultater for prosjektår 1 er klare', 'Mai 2022'],
  [9, 'Prosjektgruppe x etablert', 'September 2022'],
  [10, 'Første utkast av rapport og modell', 'November 2022'],
  [11, 'Andre brukerundersøkelse er gjennomført', 'Januar 2023'],
  [12, 'Sluttrapport og modell er klar for publisering', 'April 2023'],
  [13, 'Erfaringskonferanse er gjennomført', 'Mai 2023'],
];
const MILESTONES: SeedRecord[] = MILESTONE_ROWS.map(([number, description, plannedText]) =>
  rec('milestone', `milestone.${number}`, {
    number,
    periodId: number <= 8 ? 'period.1' : 'period.2',
    description,
    plannedText,
    status: 'planned',
    actualDate: null,
    responsibleId: null,
    comment: '',
  }),
);

// ---------------------------------------------------------------------------
// Budget ("Økonomi og budsjett"). The "Sum" rows are left out: totals are
// derived. null = an empty cell in the plan (no budget-plan record).

const BUDGET_ROWS: readonly (readonly ['expense' | 'income', string, string, number | null, number | null])[] = [
  ['expense', 'prosjektledelse', 'Prosjektledelse', 318500, 318500],
  ['expense', 'arbeidsmoter', 'Arbeidsmøter, reiser, adm.kostnader', 70000, 70000],
  ['expense', 'aktiviteter', 'Organiserte aktiviteter og faglig påfyll for deltakerne', 100000, 70000],
  ['expense', 'workshop', 'Workshop og arbeidsmetodikk', 50000, 50000],
  ['expense', 'konferanse', 'Konferanse /presntasjon av resultater', 80000, 100000],
  ['expense', 'innbyggerundersokelser', 'Innbyggerundersøkelser', 200000, 200000],
  ['expense', 'arbeidsinnsats', 'Arbeidsinnsats ansatte', 351500, 301500],
  ['expense', 'design-og-trykk', 'Design og trykk rapport', null, 60000],
  ['income', 'egeninnsats', 'Egeninnsats', 470000, 470000],
  ['income', 'soknadssum', 'Søknadssum til Nasjonalbiblioteket', 700000, 700000],
];

const BUDGET_LINES: SeedRecord[] = [];
const BUDGET_PLANS: SeedRecord[] = [];
const sortOrderByType = { expense: 0, income: 0 };
for (const [type, slug, description, year1, year2] of BUDGET_ROWS) {
  const lineKey = `budget-line.${slug}`;
  // The plan's two income lines are the egeninnsats and the grant applied for (NB's accounts, schema 9).
  const funding = slug === 'egeninnsats' ? 'own_contribution' : slug === 'soknadssum' ? 'grant' : 'unspecified';
  BUDGET_LINES.push(
    rec('budget-line', lineKey, { type, sortOrder: sortOrderByType[type]++, description, deviationComment: '', funding }),
  );
  for (const [period, amount] of [[1, year1], [2, year2]] as const) {
    if (amount === null) continue;
    BUDGET_PLANS.push(
      rec('budget-plan', `budget-plan.${slug}.${period}`, { lineId: lineKey, periodId: `period.${period}`, amount }),
    );
  }
}

// ---------------------------------------------------------------------------
// Risks ("Risikoelementer ved prosjektet"). Titles are short summaries, not
// the plan's words; description and measures are verbatim. Where the plan
// separates two measures by a double space, they are kept as two paragraphs.
// Probability and consequence are read off the plan's matrix.

const RISK_ROWS: readonly (readonly [number, string, string, string, number, number])[] = [
  [
    1,
    'Mangel på forståelse og eierskap hos ansatte',
    'Mangel på forståelse og eierskap hos de ansatte i virksomhetene',
    'Snakke i klarspråk. Ha tydelige mål og rammer. Informere bredt om prosjektet.',
    4,
    4,
  ],
  [
    2,
    'Mangel på forståelse og eierskap hos deltakerne',
    'Mangel på forståelse og eierskap hos deltakerne / medvirkende i prosjektet',
    'Medvirkning i arbeidsprosessene. Fokus på god dialog innad og på tvers av prosjektgruppene.',
    3,
    4,
  ],
  [
    3,
    'Utfordringer i samarbeidet mellom to kommuner',
    'To kommuner som jobber sammen kan by på utfordringer og dårlig kommunikasjon og ulike oppfatninger',
    paragraphs('Styringsgruppa må ta ansvar for at det formuleres klare forventninger', 'Jobbe med gode teamstrategier'),
    1,
    4,
  ],
  [
    4,
    'Deltakere fra IØ blir dårligere ivaretatt',
    'Det at Drammen kommune er prosjekteier kan gjøre at de fra IØ blir dårligere ivaretatt',
    paragraphs('Legge en plan for oppfølging av alle prosjektmedlemmer', 'Legge møter til IØ'),
    1,
    4,
  ],
  [
    5,
    'Lite erfaring med samlokalisering i Drammen',
    'Drammen kommune har ikke samlokaliserte bibliotek og innbyggertorg og har derfor lite erfaringsgrunnlag for å finne beste praksis for samlokalisering',
    'Faglig påfyll til prosjektdeltakerne underveis. Erfaringsutveksling mellom gruppedeltakerne',
    2,
    3,
  ],
  [
    6,
    'Kommunene er preget av kommunesammenslåingen',
    'Kommunene er ennå preget av endringer som følge av ny strukturering og organisering etter kommunesammenslåingen',
    'Drøfte kommunesammenslåing som tema i prosjektgruppene',
    3,
    3,
  ],
  [
    7,
    'Forveksling med knutepunktprosjektet i Drammen',
    'Det at prosjektet overlapper med knutepunktsatningen i Drmk kan føre til forvirring hos både ansatte og innbyggere',
    'Være tydelig på begrepsbruk og snakke om problemstillingen',
    2,
    3,
  ],
  [
    8,
    'For lite forbruk første år gir mindre støtte',
    'Vi bruker for lite penger første året og får mindre søknadssøtte i prosjektår 2',
    'Bruk tid på budsjettarbeid og sørg for jevn progresjon i prosjektet',
    3,
    4,
  ],
  [
    9,
    'Prosjektet mangler nasjonal relevans og overføringsverdi',
    'Prosjektet klarer ikke å være relevant i nasjonal sammenheng og får derfor ikke overføringsverdi',
    'Jobbe med å se utover og fremover ikke tilbake og på oss selv. Være bevist problemstillingen i prosjektgruppene. Dra på ekskursjoner.',
    3,
    5,
  ],
];

const RISKS: SeedRecord[] = RISK_ROWS.map(([number, title, description, measures, probability, consequence]) =>
  rec('risk', `risk.${number}`, {
    number,
    title,
    description,
    measures,
    probability,
    consequence,
    residualProbability: null,
    residualConsequence: null,
    ownerId: null,
    status: 'open',
  }),
);

const RISK_ASSESSMENTS: SeedRecord[] = RISK_ROWS.map(([number, , , , probability, consequence]) =>
  rec('risk-assessment', `risk-assessment.${number}`, {
    riskId: `risk.${number}`,
    date: '2021-09-01',
    probability,
    consequence,
    residualProbability: null,
    residualConsequence: null,
    note: 'Vurdering i prosjektplanen',
  }),
);

// ---------------------------------------------------------------------------
// The project itself, last: it points at its owner and leader.

const PROJECT = rec('project', 'project', {
  title: 'Beste praksis for bibliotek og innbyggertorg',
  shortDescription:
    'Vi vil med dette prosjektet se på effekter og utfordringer ved både samorganisering og samlokalisering av bibliotek og innbyggertorg. Dette er forsøkt gjort på mange ulike måter men lite informasjon er samlet av resultater og vurderinger av slike prosjekter. Mange kommuner jobber på ulikt vis med å finne samarbeidsformer mellom biblioteket og kommunens servicefunksjon. Drammen kommune og Indre Østfold kommune jobber sammen om dette prosjektet og det deltar et stort utvalg ansatte fra begge kommunene med ulike erfaringer. Hva er beste praksis for samarbeid mellom bibliotek og innbyggertorg? Hva fungerer og hva fungerer ikke? Hvordan kan tjenestene våres bli bedre?',
  ownerId: 'person.jorgen-hovde',
  leaderId: 'person.ina-synove-borsheim',
  funder: 'Nasjonalbiblioteket',
  parties: ['Drammen kommune', 'Indre Østfold kommune'],
  startDate: '2021-09-01',
  endDate: '2023-08-31',
  probabilityLabels: ['Veldig lav', 'Lav', 'Moderat', 'Høy', 'Veldig høy'],
  consequenceLabels: ['Veldig lav', 'Lav', 'Moderat', 'Alvorlig', 'Veldig alvorlig'],
  // The plan sets no acceptance criteria: today's zones stand as a proposal («forslag») until decided.
  riskZones: DEFAULT_ZONE_BANDS.map((b) => ({ ...b })),
  riskZoneLabels: 'plan',
  riskCriteriaDecided: null,
  riskCriteriaDecidedOn: null,
  riskCriteriaDecidedById: null,
  riskCriteriaDecidedBy: '',
  planVersion: '',
  approvedDate: null,
});

export const SEED_PLAN: readonly SeedRecord[] = [
  ...SECTIONS,
  ...GOALS,
  ...PERIODS,
  ...PEOPLE,
  ...GROUPS,
  ...ROLE_RECORDS,
  ...MILESTONES,
  ...BUDGET_LINES,
  ...BUDGET_PLANS,
  ...RISKS,
  ...RISK_ASSESSMENTS,
  PROJECT,
];
