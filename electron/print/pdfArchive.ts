import { deflateSync } from 'node:zlib';
import { PdfStructureError, decodePdfString, objectBody, pdfDate, pdfTextString, readPdf } from './pdfStructure.js';
import { SRGB_DESCRIPTION, srgbProfile } from './srgbProfile.js';

/**
 * Every printout leaves as PDF/A-2b, the archival PDF that Arkivverket and
 * the municipalities' archives accept: what Chromium wrote (fonts embedded,
 * tagged, links with the print flag) plus, in one incremental update, the
 * document information, XMP metadata that says the same and declares
 * PDF/A-2 level B, the catalog's language and an sRGB output intent, so the
 * page's colours mean the same to any reader later. Ghostscript could convert
 * to PDF/A too, but it rewrites the file and drops the tags that screen
 * readers use, and it is not there on a municipality's Windows PC.
 */
/** ISO 8601 with the local offset, as XMP dates are written. */
export function xmpDate(d: Date): string {
  const p = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}` +
    `${off >= 0 ? '+' : '-'}${p(Math.floor(Math.abs(off) / 60))}:${p(Math.abs(off) % 60)}`;
}

export interface DocumentMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** BCP 47, e.g. "nb-NO". */
  readonly language: string;
  readonly creator: string;
  readonly created: Date;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xmpPacket(meta: DocumentMetadata, producer: string, documentId: string): string {
  const date = xmpDate(meta.created);
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>
   <dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>
   <xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmpMM:DocumentID>uuid:${documentId}</xmpMM:DocumentID>
   <pdf:Producer>${xml(producer)}</pdf:Producer>
   <pdf:Keywords>${xml(meta.keywords.join('; '))}</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * Appends an incremental update that gives the document its information
 * dictionary (title, author, subject, keywords, dates), an XMP metadata
 * stream saying the same, the catalog's /Lang, the sRGB output intent and a
 * file identifier. The original bytes are kept unchanged in front of it, as
 * the format intends (PDF/A allows incremental updates).
 */
export function withMetadata(bytes: Buffer, meta: DocumentMetadata, documentId: string): Buffer {
  const pdf = readPdf(bytes);
  const producer = pdf.info !== undefined
    ? decodePdfString(/\/Producer\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(objectBody(pdf, pdf.info))?.[1] ?? '()')
    : '';
  const infoNum = pdf.size;
  const xmpNum = pdf.size + 1;
  const profileNum = pdf.size + 2;
  const date = pdfDate(meta.created);
  const info = `<</Title ${pdfTextString(meta.title)}\n/Author ${pdfTextString(meta.author)}\n/Subject ${pdfTextString(meta.subject)}` +
    `\n/Keywords ${pdfTextString(meta.keywords.join('; '))}\n/Creator ${pdfTextString(meta.creator)}\n/Producer ${pdfTextString(producer)}` +
    `\n/CreationDate (${date})\n/ModDate (${date})>>`;
  const xmp = Buffer.from(xmpPacket(meta, producer, documentId), 'utf8');
  let catalog = objectBody(pdf, pdf.root);
  if (!catalog.startsWith('<<') || !catalog.endsWith('>>')) throw new PdfStructureError('catalog is not a dictionary');
  if (/\/OutputIntents/.test(catalog)) throw new PdfStructureError('the catalog already has output intents');
  catalog = catalog.replace(/\/Metadata \d+ \d+ R\s*/, '').replace(/\/Lang\s*\((?:\\.|[^\\)])*\)\s*/, '');
  const outputIntent = `<</Type /OutputIntent\n/S /GTS_PDFA1\n/OutputConditionIdentifier (${SRGB_DESCRIPTION})\n/Info (${SRGB_DESCRIPTION})` +
    `\n/RegistryName (http://www.color.org)\n/DestOutputProfile ${profileNum} 0 R>>`;
  catalog = `${catalog.slice(0, -2).trimEnd()}\n/Lang ${pdfTextString(meta.language)}\n/Metadata ${xmpNum} 0 R\n/OutputIntents [${outputIntent}]>>`;

  const parts: Buffer[] = [bytes];
  let offset = bytes.length;
  const push = (b: Buffer) => {
    parts.push(b);
    offset += b.length;
  };
  if (bytes[bytes.length - 1] !== 0x0a) push(Buffer.from('\n'));
  const at = new Map<number, number>();
  const obj = (num: number, body: Buffer) => {
    at.set(num, offset);
    push(Buffer.concat([Buffer.from(`${num} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]));
  };
  obj(infoNum, Buffer.from(info, 'latin1'));
  obj(xmpNum, Buffer.concat([
    Buffer.from(`<</Type /Metadata\n/Subtype /XML\n/Length ${xmp.length}>>\nstream\n`, 'latin1'), xmp, Buffer.from('\nendstream', 'latin1'),
  ]));
  const profile = deflateSync(srgbProfile());
  obj(profileNum, Buffer.concat([
    Buffer.from(`<</N 3\n/Filter /FlateDecode\n/Length ${profile.length}>>\nstream\n`, 'latin1'), profile, Buffer.from('\nendstream', 'latin1'),
  ]));
  obj(pdf.root, Buffer.from(catalog, 'latin1'));

  const xrefAt = offset;
  const entry = (n: number) => `${String(at.get(n)!).padStart(10, '0')} 00000 n \n`;
  const id = documentId.replace(/-/g, '').toUpperCase();
  const oldId = /\/ID\s*\[\s*(<[0-9A-Fa-f]+>)/.exec(pdf.trailer)?.[1];
  push(Buffer.from(
    `xref\n0 1\n0000000000 65535 f \n${pdf.root} 1\n${entry(pdf.root)}${infoNum} 3\n${entry(infoNum)}${entry(xmpNum)}${entry(profileNum)}` +
    `trailer\n<</Size ${profileNum + 1}\n/Root ${pdf.root} 0 R\n/Info ${infoNum} 0 R\n/ID [${oldId ?? `<${id}>`} <${id}>]\n/Prev ${pdf.startxref}>>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`,
    'latin1',
  ));
  return Buffer.concat(parts);
}
