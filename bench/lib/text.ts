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

export class TextGenerator {
  private readonly functionZipf = new Zipf(FUNCTION_WORDS.length, 1);
  private readonly contentZipf = new Zipf(CONTENT_WORDS.length, 0.9);
  private caseNumber = 0;

  constructor(private readonly rng: Rng) {}

  word(): string {
    return this.rng.chance(0.45)
      ? FUNCTION_WORDS[this.functionZipf.draw(this.rng)]!
      : CONTENT_WORDS[this.contentZipf.draw(this.rng)]!;
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
    for (let i = 0; i < n; i++) words.push(i % 2 === 1 && this.rng.chance(0.4) ? this.word() : CONTENT_WORDS[this.contentZipf.draw(this.rng)]!);
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** Markdown minutes of about `targetBytes` UTF-8 bytes: numbered items, paragraphs, bullet points. */
  minutes(targetBytes: number, year: number): string {
    const parts: string[] = [];
    let bytes = 0;
    while (bytes < targetBytes) {
      this.caseNumber = (this.caseNumber % 99) + 1;
      const block: string[] = [`## Sak ${this.caseNumber}/${String(year).slice(2)} ${this.title(2, 5)}`, this.paragraph(2, 5)];
      if (this.rng.chance(0.5)) {
        const bullets = this.rng.int(2, 4);
        for (let i = 0; i < bullets; i++) block.push(`- ${this.sentence(4, 10)}`);
      }
      const text = block.join('\n\n');
      parts.push(text);
      bytes += Buffer.byteLength(text, 'utf8') + 2;
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
