import { Rng, Zipf } from './prng.js';

/**
 * Norwegian (bokmål) text for generated workbooks: meeting minutes, agendas,
 * risk descriptions. Words are drawn Zipf-distributed from two lists, the
 * small words that make up half of any running text and the vocabulary of a
 * library and innbyggertorg project, each roughly in order of frequency, so
 * the full-text index sees a realistic mix of very common and rare terms.
 */
const FUNCTION_WORDS = split(`
  og i på som det er til for med av at en et de vi ikke har skal om vil kan
  fra den seg ved så eller også må blir ble var være bli etter nå når mer
  alle hvor hvordan under mot over inn ut da hva her der denne dette disse
  noen mange flere mest samt hos uten mellom gjennom videre allerede fortsatt
  bare både hver egen egne godt bedre neste siste første andre nye ny
`);

const CONTENT_WORDS = split(`
  biblioteket prosjektet kommunen innbyggerne bibliotek prosjektgruppen arbeidet
  innbyggertorget møtet saken tiltak planen styringsgruppen tjenester brukerne
  behov forslag ansatte arbeid tilbud rapport innbyggertorg samarbeid kommunene
  biblioteksjef prosjektleder frist ansvar vedtak oppfølging status budsjett
  kompetanse erfaringer åpningstider lokaler meråpent digitale digital skolen
  veiledning arrangementer arrangement frivillige servicetorget kartlegging
  evaluering gjennomføring risiko prosjektplanen milepæl milepælen referat
  innspill orientering drøfting presentasjon dokumentasjon forankring ledelsen
  rådmannen kommunedirektøren politikerne formannskapet kommunestyret høring
  brukerundersøkelse innbyggerundersøkelse spørreundersøkelse undersøkelsen
  resultatene anbefalinger anbefaling rutiner rutine opplæring kurs workshop
  samling fagdag nettverk nettverket region regionen fylkesbiblioteket
  fylkeskommunen Viken Østfold Mysen Askim Spydeberg Skiptvet Marker Rakkestad
  Eidsberg Trøgstad Hobøl Indre filial filialen hovedbiblioteket samlokalisering
  samlokalisert servicesenter tjenestetilbud tjenestedesign brukerreise
  publikum besøkende lånere utlån utlånet lånekort bøker medier samlingen
  samlingene e-bøker lydbøker aviser tidsskrifter databaser skjermer
  datamaskiner skrivere kopiering skanning wifi nettbank BankID ID-kontroll
  skjema skjemaer søknader søknad byggesak parkering renovasjon eiendomsskatt
  barnehage skolefritidsordning helsestasjon NAV Skatteetaten politiet pass
  digitalisering digitalt utenforskap inkludering integrering språk
  språkkafé norskopplæring flyktninger seniorer ungdom barn familier
  leseombud lesestimulering sommerles bokbad forfatterbesøk foredrag
  debattmøte konsert utstilling verksted makerspace spill gaming
  kodeklubb lekselesing leksehjelp møterom studieplasser stillesone
  inngangsparti skranke skranken selvbetjening selvbetjent automat
  adgangskontroll kamera alarm vektertjeneste sikkerhet personvern
  GDPR databehandleravtale avtale avtaler anskaffelse anbud leverandør
  leverandøren kostnader økonomi midler tilskudd søknadsfrist regnskap
  timeregistrering ressurser bemanning stillinger stillingsprosent
  prosjektmedarbeider koordinator koordinatoren referent møteleder
  sekretær deltakere deltakerne fravær forfall innkalling dagsorden
  saksliste protokoll godkjenning godkjent vedtatt utsatt avklart
  avklaring oppgave oppgaver fremdrift fremdriftsplan tidsplan tidsplanen
  forsinkelse forsinket utfordringer utfordring muligheter løsning
  løsninger pilot piloten pilotering testperiode erfaringsdeling
  sluttrapport delrapport statusrapport kvartalsrapport årsrapport
  kommunikasjon kommunikasjonsplan nettside nettsiden Facebook
  Instagram pressemelding lokalavisen markedsføring plakater brosjyre
  informasjon informasjonsmøte innbyggermøte dialogmøte folkemøte
  medvirkning samskaping brukermedvirkning brukerpanel fokusgruppe
  intervju intervjuer observasjon statistikk besøkstall utlånstall
  målinger indikatorer måloppnåelse effekt effekter gevinster
  gevinstrealisering kvalitet tilgjengelighet universell utforming
  rullestol heis toalett belysning møblering innredning ombygging
  oppussing flytting drift driftsmodell vaktordning helgeåpent kveldsåpent
  søndagsåpent bemannet ubemannet tilstedeværelse vertskap vert verter
  kompetanseheving kompetanseplan hospitering studietur befaring
  Nasjonalbiblioteket Bibliotekutvikling Kulturrådet Digitaliseringsdirektoratet
  KS Distriktssenteret høgskolen universitetet forskning følgeevaluering
`);

/**
 * Norwegian writes compounds as one word, so real minutes hold thousands of
 * distinct words ("bibliotektilbud", "innbyggerundersøkelse"). Stems and heads
 * make a long tail of such words that each turn up now and then.
 */
const COMPOUND_STEMS = split(`
  bibliotek innbygger prosjekt kommune tjeneste bruker kultur skole service
  arrangement kompetanse lese barne ungdoms senior frivillighets møte
  informasjons kommunikasjons samarbeids drifts bygg åpnings utlåns medie
  plan rapport økonomi budsjett risiko kvalitets nettverks region fylkes
  nærmiljø folke familie språk lokal besøks personal leder opplærings
  digital publikums vakt sikkerhets
`);
const COMPOUND_HEADS = split(`
  tilbud plan arbeid gruppe møte rom område tjeneste undersøkelse ansvar
  leder konsulent rådgiver kontor samling behov avtale utvikling strategi
  rutine prosess oversikt løsning modell ordning tider kostnader ressurser
  system portal skjema kurs dag kveld uke år tiltak mål rapport ene
  arbeidet planen gruppen møtet
`);

const FIRST_NAMES = split(`
  Ingrid Kari Anne Marit Liv Hilde Kristin Silje Ida Nora Emma Sara Ingeborg
  Synøve Ragnhild Solveig Tone Trine Hanne Eli Guro Maja Thea Ina Jon Ole Lars
  Per Knut Arne Bjørn Terje Geir Morten Espen Håkon Sindre Magnus Jonas Eirik
  Tor Even Anders Sverre Øystein Åsmund Vidar Halvor Aslak
`);
const LAST_NAMES = split(`
  Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen
  Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen
  Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund Sørensen Jakobsen Moen
  Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen
  Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde
  Borsheim Skaug Fjeld Bråten Østby Tveit Hovland Aas Ødegård Holm Engen
`);
const POSITIONS = split(`
  Biblioteksjef Bibliotekar Bibliotekkonsulent Prosjektleder Kommunalsjef
  Rådgiver Seniorrådgiver Konsulent Servicetorgleder Saksbehandler
  Avdelingsleder Enhetsleder Førstebibliotekar Spesialbibliotekar Kulturleder
`);
const PLACES = [
  'Mysen bibliotek', 'Askim bibliotek', 'Spydeberg bibliotek', 'Skiptvet bibliotek', 'Marker bibliotek',
  'Rakkestad bibliotek', 'Rådhuset, møterom 2', 'Kulturhuset', 'Servicetorget', 'digitalt', 'digitalt (Teams)',
  'Fylkeshuset', 'Ørje samfunnshus',
];

function split(words: string): string[] {
  return words.trim().split(/\s+/);
}

/** Every stem+head compound, in a fixed shuffled order so that frequency does not follow the alphabet. */
const COMPOUNDS: readonly string[] = (() => {
  const all = COMPOUND_STEMS.flatMap((stem) => COMPOUND_HEADS.map((head) => stem + head));
  const rng = new Rng('compounds');
  for (let i = all.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
})();

/** The general words any minutes use; the rest of CONTENT_WORDS and the compounds are topic words. */
const GENERAL_COUNT = 30;
const GENERAL = CONTENT_WORDS.slice(0, GENERAL_COUNT);
const TOPICAL = CONTENT_WORDS.slice(GENERAL_COUNT);
/** Distinct topic words one document draws on. */
const TOPIC_WORDS_PER_DOCUMENT = 24;

/**
 * Shares of running text: small words 45 %, general project words 20 %, the
 * document's topic words 35 %. A document (one record: a meeting's title,
 * agenda, minutes and decisions) picks its topic words when it starts, so
 * that a word like "budsjett" turns up several times in the minutes that
 * discuss the budget and not at all in most others, as in real minutes;
 * drawing every word from one global distribution would put every
 * middling word in most documents and make search results unrealistically
 * broad. The exponents put the commonest words near their share of real
 * Norwegian prose ("og" about 3–4 %, the commonest noun about 1–2 %).
 */
export class TextGenerator {
  private readonly functionZipf = new Zipf(FUNCTION_WORDS.length, 0.6);
  private readonly generalZipf = new Zipf(GENERAL.length, 0.5);
  private readonly topicalZipf = new Zipf(TOPICAL.length, 0.5);
  private readonly compoundZipf = new Zipf(COMPOUNDS.length, 0.6);
  private topicWords: string[] = [];
  private caseNumber = 0;

  constructor(private readonly rng: Rng) {
    this.newDocument();
  }

  /** Starts a new document: picks the topic words its text will use. */
  newDocument(): void {
    this.topicWords = [];
    for (let i = 0; i < TOPIC_WORDS_PER_DOCUMENT; i++) {
      this.topicWords.push(this.rng.chance(0.75) ? TOPICAL[this.topicalZipf.draw(this.rng)]! : COMPOUNDS[this.compoundZipf.draw(this.rng)]!);
    }
  }

  word(): string {
    const r = this.rng.next();
    if (r < 0.45) return FUNCTION_WORDS[this.functionZipf.draw(this.rng)]!;
    return r < 0.65 ? GENERAL[this.generalZipf.draw(this.rng)]! : this.rng.pick(this.topicWords);
  }

  /** A general or topic word, for titles. */
  private noun(): string {
    return this.rng.chance(0.4) ? GENERAL[this.generalZipf.draw(this.rng)]! : this.rng.pick(this.topicWords);
  }

  /** A sentence of min..max words, capitalised, with the odd comma and a full stop. */
  sentence(min = 6, max = 18): string {
    const n = this.rng.int(min, max);
    const words: string[] = [];
    for (let i = 0; i < n; i++) {
      let w = this.word();
      if (i > 2 && i < n - 2 && this.rng.chance(0.06)) w += ',';
      words.push(w);
    }
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + (this.rng.chance(0.08) ? '?' : '.');
  }

  paragraph(minSentences = 2, maxSentences = 6): string {
    const n = this.rng.int(minSentences, maxSentences);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(this.sentence());
    return sentences.join(' ');
  }

  /** A short title of a few content words, e.g. for a risk or a meeting item. */
  title(min = 2, max = 6): string {
    const n = this.rng.int(min, max);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(i % 2 === 1 && this.rng.chance(0.4) ? this.word() : this.noun());
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** Markdown minutes of about `targetBytes` UTF-8 bytes: numbered items, paragraphs, bullet points. */
  minutes(targetBytes: number, year: number): string {
    const parts: string[] = [];
    let bytes = 0;
    while (bytes < targetBytes) {
      this.caseNumber = (this.caseNumber % 99) + 1;
      const block: string[] = [`## Sak ${this.caseNumber}/${String(year).slice(2)} ${this.title(2, 5)}`];
      // Sentence by sentence, so the minutes end near the target rather than a whole item past it.
      const sentences = this.rng.int(2, 5);
      const paragraph: string[] = [];
      for (let i = 0; i < sentences && bytes < targetBytes; i++) {
        const sentence = this.sentence();
        paragraph.push(sentence);
        bytes += Buffer.byteLength(sentence, 'utf8') + 1;
      }
      block.push(paragraph.join(' '));
      if (bytes < targetBytes && this.rng.chance(0.5)) {
        const bullets = this.rng.int(2, 4);
        for (let i = 0; i < bullets; i++) block.push(`- ${this.sentence(4, 10)}`);
      }
      const text = block.join('\n\n');
      parts.push(text);
      bytes = parts.reduce((n, p) => n + Buffer.byteLength(p, 'utf8') + 2, 0);
    }
    return parts.join('\n\n');
  }

  /** A numbered agenda of 2..6 items. */
  agenda(): string {
    const n = this.rng.int(2, 6);
    const lines: string[] = [];
    for (let i = 1; i <= n; i++) lines.push(`${i}. ${this.title(2, 6)}`);
    return lines.join('\n');
  }

  personName(): string {
    return `${this.rng.pick(FIRST_NAMES)} ${this.rng.pick(LAST_NAMES)}`;
  }

  position(): string {
    return this.rng.pick(POSITIONS);
  }

  place(): string {
    return this.rng.pick(PLACES);
  }

  municipality(): string {
    return this.rng.pick(['Indre Østfold', 'Skiptvet', 'Marker', 'Rakkestad', 'Viken fylkeskommune']);
  }
}
