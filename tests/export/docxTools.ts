import JSZip from 'jszip';

/** A .docx opened the way Word opens it: as a zip of XML parts. */
export interface DocxParts {
  readonly document: string;
  readonly core: string;
  readonly styles: string;
  readonly footer: string;
  readonly rels: string;
  readonly names: readonly string[];
}

export async function openDocx(bytes: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const names = Object.keys(zip.files);
  const footerName = names.find((n) => /^word\/footer\d*\.xml$/.test(n)) ?? '';
  return {
    document: await read('word/document.xml'),
    core: await read('docProps/core.xml'),
    styles: await read('word/styles.xml'),
    footer: footerName ? await read(footerName) : '',
    rels: await read('word/_rels/document.xml.rels'),
    names,
  };
}

const decode = (xml: string) =>
  xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each paragraph (w:p) of a part, in order, as Word would show it (breaks as line ends). */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0]));
}

export function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
    if (m[0] === '<w:br/>') out += '\n';
    else if (m[0] === '<w:tab/>') out += '\t';
    else out += decode(m[1] ?? '');
  }
  return out;
}

/** Paragraphs with a given style id (Heading1 …) and their text. */
export function styledParagraphs(xml: string, styleId: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .filter((p) => p[0].includes(`<w:pStyle w:val="${styleId}"/>`))
    .map((p) => textOf(p[0]));
}

/** Each table (w:tbl) as rows of cell texts. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0]))));
}

/** The targets of the document's external hyperlinks. */
export function hyperlinkTargets(rels: string): string[] {
  return [...rels.matchAll(/<Relationship [^>]*Type="[^"]*\/hyperlink"[^>]*>/g)].map((m) => decode(/Target="([^"]*)"/.exec(m[0])?.[1] ?? ''));
}
