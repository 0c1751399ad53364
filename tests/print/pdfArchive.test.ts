import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedPrintBrowser } from '../../electron/print/chromium.js';
import { objectBody, readPdf } from '../../electron/print/pdfStructure.js';
import { renderPdf } from '../../electron/print/printWorkbook.js';
import { srgbProfile } from '../../electron/print/srgbProfile.js';
import { createWorkbook, openWorkbook } from '../../electron/workbook/open.js';
import { pdfFonts, pdfInfo, pdfText, xmp } from './pdfTools.js';

/**
 * Minutes for the archive, as PDF/A-2b: the markers an archive's validator
 * looks for (XMP identification, sRGB output intent with a real ICC profile,
 * every font embedded, every annotation printable, the file identifier,
 * document information that agrees with the XMP), and the hostile text a
 * person may type kept as typed. The profile is checked by LittleCMS, the
 * colour engine most PDF readers use, not by reading our own bytes back.
 */
function lab(profile: string, rgb: string): number[] {
  const r = spawnSync('transicc', ['-i', profile, '-o', '*Lab', '-n'], { input: `${rgb}\n`, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`transicc failed: ${r.stderr}`);
  const line = r.stdout.trim().split('\n').at(-1)!;
  return line.trim().split(/\s+/).map(Number);
}

describe('printouts as PDF/A-2b', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prosjektboka-pdfa-'));
  const file = join(dir, 'plan.prosjektboka');
  const pdf = join(dir, 'referat.pdf');
  let bytes: Buffer;

  beforeAll(async () => {
    createWorkbook(file).close();
    const wb = openWorkbook(file);
    let meetingId: string;
    try {
      meetingId = wb.commands.create('meeting', {
        title: 'Prosjektgruppemøte <b>4</b>',
        startsAt: '2022-03-15T10:00',
        type: 'project_group',
        minutes: [
          'Frist: <ikke avklart>.',
          '<script>alert(1)</script>',
          'Se [tildelingsbrevet](https://www.nb.no/tildeling), [vedlegget](vedlegg.pdf) og [skript](javascript:alert(1)).',
          'Lokal adresse: [her](http://127.0.0.1:4123/print?token=hemmelig).',
        ].join('\n\n'),
      });
    } finally {
      wb.close();
    }
    bytes = (await renderPdf({ workbookPath: file, view: 'meeting', id: meetingId, out: pdf })).bytes;
  });
  afterAll(async () => {
    await closeSharedPrintBrowser();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds an sRGB profile that LittleCMS reads as sRGB', () => {
    const profile = join(dir, 'srgb.icc');
    writeFileSync(profile, srgbProfile());
    // CIELAB (D50) of the sRGB primaries and white, as the standard's own profile gives them.
    const close = (got: number[], want: number[]) => got.forEach((v, i) => expect(Math.abs(v - want[i]!)).toBeLessThan(0.1));
    close(lab(profile, '255 255 255'), [100, 0, 0]);
    close(lab(profile, '255 0 0'), [54.29, 80.82, 69.88]);
    close(lab(profile, '0 0 255'), [29.57, 68.3, -112.03]);
    close(lab(profile, '128 128 128'), [53.59, 0, 0]);
  });

  it('declares PDF/A-2b in the XMP and agrees with the document information', () => {
    const meta = xmp(pdf);
    expect(meta).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(meta).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    const info = pdfInfo(pdf).fields;
    expect(meta).toContain(`<pdf:Producer>${info.Producer}</pdf:Producer>`);
    expect(meta).toContain(`<xmp:CreatorTool>${info.Creator}</xmp:CreatorTool>`);
    expect(meta).toContain('Møtereferat: Prosjektgruppemøte &lt;b&gt;4&lt;/b&gt;');
    expect(info.Encrypted).toBe('no');
    expect(info.JavaScript).toBe('no');
    expect(info.Tagged).toBe('yes');
  });

  it('carries an sRGB output intent with the profile, a file identifier and a binary header', () => {
    const parsed = readPdf(bytes);
    const catalog = objectBody(parsed, parsed.root);
    expect(catalog).toMatch(/\/OutputIntents \[<<\/Type \/OutputIntent\s+\/S \/GTS_PDFA1\s+\/OutputConditionIdentifier \(sRGB IEC61966-2\.1\)/);
    const profileNum = Number(/\/DestOutputProfile (\d+) 0 R/.exec(catalog)![1]);
    const at = parsed.offsets.get(profileNum)!;
    const head = objectBody(parsed, profileNum);
    expect(head).toMatch(/\/N 3\b/);
    const length = Number(/\/Length (\d+)/.exec(head)![1]);
    const start = parsed.text.indexOf('stream\n', at) + 'stream\n'.length;
    expect(inflateSync(bytes.subarray(start, start + length)).equals(srgbProfile())).toBe(true);
    expect(parsed.trailer).toMatch(/\/ID \[<[0-9A-F]+> <[0-9A-F]+>\]/);
    expect(bytes.subarray(0, 8).toString('latin1')).toMatch(/^%PDF-1\.[0-7]/);
    const comment = bytes.subarray(bytes.indexOf('\n') + 1, bytes.indexOf('\n') + 6);
    expect(comment[0]).toBe(0x25);
    expect([...comment.subarray(1)].every((b) => b > 127)).toBe(true);
  });

  it('embeds every font and makes every annotation printable', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const text = bytes.toString('latin1');
    const annots = [...text.matchAll(/\/Type \/Annot\b[\s\S]*?endobj/g)].map((m) => m[0]);
    expect(annots.length).toBeGreaterThan(0);
    for (const a of annots) expect(Number(/\/F (\d+)/.exec(a)?.[1]) & 4).toBe(4);
  });

  it('keeps every character typed and links only to the web', () => {
    const words = pdfText(pdf);
    expect(words).toContain('Frist: <ikke avklart>.');
    expect(words).toContain('<script>alert(1)</script>');
    expect(words).toContain('vedlegget (vedlegg.pdf)');
    expect(words).toContain('skript (javascript:alert(1))');
    const uris = [...bytes.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris).toEqual(['https://www.nb.no/tildeling']);
  });
});
