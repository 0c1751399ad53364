import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../electron/export/docx/writeDocx.js';
import { readsRightToLeft, writableText } from '../../electron/export/docx/wordText.js';
import { link, paragraph, run, type DocumentModel } from '../../shared/report/document.js';
import { hyperlinkTargets, openDocx, paragraphTexts, tables } from './docxTools.js';

/** The generic writer: any document model as Word, whichever report made it. */
const model = (blocks: DocumentModel['blocks']): DocumentModel => ({
  meta: { title: 'Prøve', subject: 'Emne', author: 'Prosjektboka', keywords: ['a', 'b'], language: 'nb-NO' },
  footer: { text: 'Bunntekst', page: 'Side', of: 'av' },
  blocks,
});

describe('the Word writer', () => {
  it('writes quotes, code, rules, page breaks and lists inside table cells', async () => {
    const parts = await openDocx(await writeDocx(model([
      { type: 'quote', blocks: [paragraph('sitert')] },
      { type: 'code', text: 'linje 1\n  linje 2' },
      { type: 'rule' },
      { type: 'pageBreak' },
      { type: 'list', ordered: true, start: 7, items: [[paragraph('sju')], [paragraph('åtte'), { type: 'list', ordered: false, items: [[paragraph('inni')]] }]] },
      {
        type: 'table',
        columns: [{ header: 'A' }, { header: 'B', align: 'right' }],
        rows: [{ cells: [[{ type: 'heading', level: 3, runs: [run('Tiltak')] }, { type: 'list', ordered: false, items: [[paragraph('punkt i celle')]] }], [paragraph('1\u00a0000')]] }],
      },
    ])));
    const texts = paragraphTexts(parts.document);
    expect(texts).toEqual(expect.arrayContaining(['sitert', 'linje 1\n  linje 2', '7.\tsju', '8.\tåtte', 'inni', 'punkt i celle', '1\u00a0000']));
    expect(parts.document).toContain('<w:br w:type="page"/>');
    expect(parts.document).toMatch(/<w:pBdr><w:bottom [^>]*w:val="single"/);
    expect(parts.document).toContain('w:ascii="Consolas"');
    expect(tables(parts.document)).toEqual([[['A', 'B'], ['Tiltakpunkt i celle', '1\u00a0000']]]);
    // A heading inside a cell is bold text: the navigation pane lists the document's parts, not a cell's.
    expect(parts.document).not.toContain('<w:pStyle w:val="Heading3"/>');
    expect(parts.core).toContain('<cp:keywords>a, b</cp:keywords>');
  });

  it('links only where linkTargets allows, and never to a jump inside a page', async () => {
    const runs = [
      ...link([run('web')], 'https://www.nb.no'), run(' '),
      ...link([run('post')], 'mailto:a@b.no'), run(' '),
      ...link([run('lokal')], 'http://[::1]:8080/'), run(' '),
      ...link([run('fotnote')], '#fn-1'), run(' '),
      ...link([run('data')], 'data:text/html,<script>x</script>'),
    ];
    const parts = await openDocx(await writeDocx(model([paragraph(runs)])));
    expect(hyperlinkTargets(parts.rels)).toEqual(['https://www.nb.no/', 'mailto:a@b.no']);
    expect(paragraphTexts(parts.document)).toContain('web post lokal (http://[::1]:8080/) fotnote (#fn-1) data (data:text/html,<script>x</script>)');
  });

  it('keeps what XML cannot hold visible instead of breaking the file', () => {
    expect(writableText('a\u0000b\u001bc\u007f')).toBe('a\u2400b\u241bc\u2421');
    expect(writableText('x\ud800y')).toBe('x\ufffdy');
    expect(writableText('emoji 👍 and tab\tand\nline')).toBe('emoji 👍 and tab\tand\nline');
    expect(readsRightToLeft('  «שלום» Norsk')).toBe(true);
    expect(readsRightToLeft('1. Norsk שלום')).toBe(false);
    expect(readsRightToLeft('123 ...')).toBe(false);
  });
});
