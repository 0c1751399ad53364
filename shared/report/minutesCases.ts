/**
 * The saker of a møtereferat, read from what the meeting's three texts say:
 * the agenda (saksliste) names the cases, the minutes and the decisions say
 * what was said and decided under each. A Norwegian referat prints each
 * vedtak under its sak, so both texts are cut where they name a case:
 *
 * - in the agenda, an item «1. Godkjenning av referat», «Sak 3/22 Økonomi»;
 * - in the minutes and the decisions, a heading «## 2. Økonomi», «## Sak 2»,
 *   «## Økonomi» (the agenda's title), or a line that begins «Sak 2:»
 *   («Item 2» in English minutes).
 *
 * Nothing typed is dropped: a marker line is left out only when the case's
 * heading says the same thing (its number, or its number and title); any
 * other line stays in the text as written. Text before the first marker, and
 * text naming a case that is not on the agenda, keep their place: the first
 * as the minutes' opening, the second as a case of its own.
 */

export interface MinutesCase {
  /** The case's number as written («2», «3/22»), or null when it has none. */
  readonly number: string | null;
  readonly title: string;
  /** Markdown: what the minutes say under this case. */
  readonly discussion: string;
  /** Markdown: the vedtak. */
  readonly decision: string;
}

export interface SplitMinutes {
  readonly cases: readonly MinutesCase[];
  /** Markdown of the minutes before their first case (or all of it when no case is named). */
  readonly openingMinutes: string;
  /** Markdown of the decisions that name no case. */
  readonly openingDecisions: string;
}

const NUMBER = String.raw`(\d{1,4}(?:\/\d{2,4})?)`;
// «2. Økonomi», «2) Økonomi»: a number alone («2022 i korte trekk») is no case.
const AGENDA_ITEM = new RegExp(String.raw`^\s{0,3}${NUMBER}[.):]\s+(.+?)\s*$`, 'i');
const AGENDA_SAK = new RegExp(String.raw`^\s{0,3}(?:[-*+]\s+)?(?:sak|item)\s+${NUMBER}\s*[.):–-]?\s*(.*?)\s*$`, 'i');
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const NUMBERED = new RegExp(String.raw`^(?:(?:sak|item)\s+${NUMBER}\s*[.):–-]?|${NUMBER}[.):])\s*(.*)$`, 'i');
const BARE_NUMBER = new RegExp(String.raw`^${NUMBER}$`);
const SAK_LINE = new RegExp(String.raw`^\s{0,3}(?:\*\*|__)?(?:sak|item)\s+${NUMBER}\s*[.):–-]`, 'i');
const FENCE = /^\s{0,3}(```|~~~)/;

interface AgendaCase { readonly number: string | null; readonly title: string }

/** The cases the agenda names, in its order. */
export function agendaCases(agenda: string): AgendaCase[] {
  const out: AgendaCase[] = [];
  for (const line of agenda.split('\n')) {
    const m = AGENDA_SAK.exec(line) ?? AGENDA_ITEM.exec(line);
    if (m) out.push({ number: m[1]!, title: m[2]!.trim() });
  }
  return out;
}

const key = (s: string) => s.toLocaleLowerCase('nb').replace(/[\s.:]+/g, ' ').trim();

interface Marker { readonly number: string | null; readonly title: string; readonly strip: boolean }

/** Finds the case a line of the minutes or decisions names, if it names one. */
function markerOf(line: string, known: readonly AgendaCase[]): Marker | undefined {
  const heading = HEADING.exec(line);
  if (heading) {
    const text = heading[1]!;
    // «## 3» alone names case 3 as well.
    const numbered = NUMBERED.exec(text) ?? (BARE_NUMBER.test(text) ? [text, text, undefined, ''] : null);
    if (numbered) {
      const number = (numbered[1] ?? numbered[2])!;
      const rest = numbered[3]!.trim();
      const agenda = known.find((c) => c.number === number);
      const title = agenda?.title ?? rest;
      return { number, title, strip: rest === '' || key(rest) === key(title) };
    }
    const byTitle = known.find((c) => key(c.title) === key(text));
    if (byTitle) return { number: byTitle.number, title: byTitle.title, strip: true };
    return undefined;
  }
  const sak = SAK_LINE.exec(line);
  if (sak) {
    const agenda = known.find((c) => c.number === sak[1]);
    return { number: sak[1]!, title: agenda?.title ?? '', strip: false };
  }
  return undefined;
}

interface Chunk { readonly marker: Marker | undefined; readonly lines: string[] }

function chunks(text: string, known: readonly AgendaCase[]): Chunk[] {
  const out: Chunk[] = [{ marker: undefined, lines: [] }];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (FENCE.test(line)) fenced = !fenced;
    const marker = fenced ? undefined : markerOf(line, known);
    if (marker) {
      out.push({ marker, lines: marker.strip ? [] : [line] });
    } else {
      out[out.length - 1]!.lines.push(line);
    }
  }
  return out;
}

const joined = (parts: readonly string[]) => parts.map((p) => p.trim()).filter((p) => p !== '').join('\n\n');

/** The meeting's minutes and decisions, cut into its cases (see the file comment). */
export function splitMinutes(agenda: string, minutes: string, decisions: string): SplitMinutes {
  const known = agendaCases(agenda);
  type Open = { number: string | null; title: string; discussion: string[]; decision: string[] };
  const cases: Open[] = known.map((c) => ({ ...c, discussion: [], decision: [] }));
  const caseFor = (m: Marker): Open => {
    const found = cases.find((c) => (m.number !== null ? c.number === m.number : key(c.title) === key(m.title)));
    if (found) return found;
    const added: Open = { number: m.number, title: m.title, discussion: [], decision: [] };
    cases.push(added);
    return added;
  };
  const opening = { minutes: [] as string[], decisions: [] as string[] };
  let named = false;
  for (const [text, into] of [[minutes, 'discussion'], [decisions, 'decision']] as const) {
    for (const chunk of chunks(text, known)) {
      const body = chunk.lines.join('\n');
      if (!chunk.marker) (into === 'discussion' ? opening.minutes : opening.decisions).push(body);
      else {
        named = true;
        caseFor(chunk.marker)[into].push(body);
      }
    }
  }
  return {
    // Minutes written without naming a case stay one text: empty cases from the agenda would only say «nothing written».
    cases: !named ? [] : cases.map((c) => ({ number: c.number, title: c.title, discussion: joined(c.discussion), decision: joined(c.decision) })),
    openingMinutes: joined(opening.minutes),
    openingDecisions: joined(opening.decisions),
  };
}
