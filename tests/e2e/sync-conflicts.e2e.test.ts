import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.js';
import { cli, launchChromium, newPage, serve, tempDir, type ServedWorkbook } from './harness.js';

/**
 * Issue 12's sync points in the served app: the preview lists the conflicts
 * an import will raise, the conflicts show values as the user knows them
 * («5 Veldig høy» and the risk it makes, a person by name, a date), and a
 * damaged file that is not encrypted is never answered with a passphrase.
 * Two installations made with the CLI; the files are the CLI's own.
 * Screenshots go to PROSJEKTBOKA_SHOTS when it is set.
 */
const SHOTS = process.env.PROSJEKTBOKA_SHOTS;

describe('Synkronisering: conflicts in words, and a damaged file named as such', () => {
  const dir = tempDir();
  const a = join(dir.path, 'drammen.prosjektboka');
  const b = join(dir.path, 'mysen.prosjektboka');
  const full = join(dir.path, 'invitasjon.pbsync');
  const received = join(dir.path, 'fra-drammen.pbsync');
  const cut = join(dir.path, 'avkortet.pbsync');
  const damaged = join(dir.path, 'skadet.pbsync');
  let riskTitle = '';
  let milestoneText = '';
  let browser: Browser;
  let served: ServedWorkbook;
  let page: Page;

  const list = (file: string, kind: string) => JSON.parse(cli('list', file, kind, '--json').stdout) as ({ id: string } & Record<string, unknown>)[];
  const ok = (...args: string[]) => expect(cli(...args).code, args.join(' ')).toBe(0);
  const shot = async (name: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    ok('init', a, '--replica-name', 'Drammen bibliotek');
    ok('sync', 'export', a, full, '--full');
    ok('init', b, '--from', full, '--replica-name', 'Mysen bibliotek');
    const risk = list(a, 'risk').find((r) => r.number === 1)!;
    riskTitle = String(risk.title);
    const milestone = list(a, 'milestone').find((m) => m.number === 1)!;
    milestoneText = String(milestone.description);
    const person = (name: string) => list(a, 'person').find((p) => p.name === name)!.id;
    // The same fields changed in both places before either saw the other's edit; Mysen's are the later ones.
    ok('update', a, 'risk', risk.id, 'probability=1', `ownerId=${person('Elin Brandsrud')}`);
    ok('update', a, 'milestone', milestone.id, 'actualDate=2021-10-12');
    ok('update', b, 'risk', risk.id, 'probability=5', `ownerId=${person('Jørgen Hovde')}`);
    ok('update', b, 'milestone', milestone.id, 'actualDate=2021-09-05');
    ok('sync', 'export', a, received);
    const bytes = readFileSync(received);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    // One byte of the compressed changes changed, as a bad USB stick would: a byte of the gzip
    // trailer's CRC-32 (the last 8 bytes are CRC and length), so the stream still ends where it
    // should. A byte flipped inside the deflate data can instead make the stream look cut short,
    // which a reader cannot tell from a truncated file, and which the cut-off case covers.
    const bad = Buffer.from(bytes);
    bad[bad.length - 6] = bad[bad.length - 6]! ^ 0xff;
    writeFileSync(damaged, bad);

    served = await serve(b);
    browser = await launchChromium();
    page = await newPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  it('lists the conflicts the import will raise in the preview: which record, which field, both values in words', async () => {
    const before = cli('dump', b).stdout;
    await page.goto(`${served.url}#/sync`);
    await page.getByRole('heading', { level: 1, name: 'Synkronisering' }).waitFor();
    await expect.poll(() => page.getByText('Ingen åpne konflikter.').count()).toBe(1);
    await page.locator('input[type="file"]').setInputFiles(received);
    const preview = page.getByRole('region', { name: 'Dette vil «fra-drammen.pbsync» gjøre' });
    await preview.waitFor();
    expect(await preview.locator('dl').innerText()).toContain('3 konflikter');
    const table = preview.getByRole('table', { name: 'Konfliktene innlesingen vil gi' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td as { innerText: string }).innerText.replace(/\s+/g, ' ').trim())));
    expect(rows).toEqual(expect.arrayContaining([
      [`Risiko «${riskTitle}»`, 'Sannsynlighet', '5 Veldig høy Risikoverdi 20 (5 × 4): Uakseptabel, tiltak nødvendig',
        '1 Veldig lav Risikoverdi 4 (1 × 4): Akseptabel fra Drammen bibliotek'],
      [`Risiko «${riskTitle}»`, 'Eier', 'Jørgen Hovde', 'Elin Brandsrud fra Drammen bibliotek'],
      [`Milepæl «${milestoneText}»`, 'Faktisk dato', '05.09.2021', '12.10.2021 fra Drammen bibliotek'],
    ]));
    expect(rows).toHaveLength(3);
    await expectNoAxeViolations(page, 'Synkronisering: forhåndsvisning med konflikter');
    await shot('sync-preview-conflicts');
    // A preview changes nothing.
    expect(cli('dump', b).stdout).toBe(before);
  });

  it('shows each conflict\'s values as the user knows them once imported', async () => {
    await page.getByRole('button', { name: 'Les inn', exact: true }).click();
    const probability = page.getByRole('article', { name: `Risiko «${riskTitle}»: Sannsynlighet` });
    await probability.waitFor();
    const side = (article: typeof probability, name: string) => article.getByRole('group', { name }).locator('p').allInnerTexts();
    expect(await side(probability, 'Her nå (Mysen bibliotek)')).toEqual(['5 Veldig høy', 'Risikoverdi 20 (5 × 4): Uakseptabel, tiltak nødvendig']);
    expect(await side(probability, 'Fra Drammen bibliotek')).toEqual(['1 Veldig lav', 'Risikoverdi 4 (1 × 4): Akseptabel']);
    const owner = page.getByRole('article', { name: `Risiko «${riskTitle}»: Eier` });
    expect(await side(owner, 'Her nå (Mysen bibliotek)')).toEqual(['Jørgen Hovde']);
    expect(await side(owner, 'Fra Drammen bibliotek')).toEqual(['Elin Brandsrud']);
    const date = page.getByRole('article', { name: `Milepæl «${milestoneText}»: Faktisk dato` });
    expect(await side(date, 'Her nå (Mysen bibliotek)')).toEqual(['05.09.2021']);
    expect(await side(date, 'Fra Drammen bibliotek')).toEqual(['12.10.2021']);
    // A level or a person is chosen, not written by hand.
    expect(await owner.getByRole('button', { name: 'Skriv en sammenslått verdi' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'Synkronisering: konflikter i ord');
    await probability.scrollIntoViewIfNeeded();
    await shot('sync-conflict-values');

    await probability.getByRole('button', { name: 'Behold verdien fra Drammen bibliotek' }).click();
    await expect.poll(() => probability.count()).toBe(0);
    expect(list(b, 'risk').find((r) => r.number === 1)!.probability).toBe(1);
  });

  it('names a cut-off or damaged unencrypted file as such, asks for no passphrase and offers no «Prøv igjen»', async () => {
    const before = cli('dump', b).stdout;
    await page.goto(`${served.url}#/sync`);
    await page.getByRole('heading', { level: 1, name: 'Synkronisering' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Les inn synkfil' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(cut);
    const alert = page.getByRole('alert').filter({ hasText: 'Fila er ikke lest inn' });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('«avkortet.pbsync» er ufullstendig');
    expect(text).toContain('Når du har fila hel (last den ned eller kopier den på nytt), velger du den her igjen.');
    expect(text).not.toMatch(/passordfrase/i);
    expect(await alert.getByRole('button', { name: 'Prøv igjen' }).count()).toBe(0);
    expect(await page.evaluate('document.activeElement?.type ?? ""')).not.toBe('password');
    await expectNoAxeViolations(page, 'Synkronisering: avkortet fil');
    await shot('sync-cut-off-file');
    await alert.getByRole('button', { name: 'Lukk' }).click();
    expect(await alert.count()).toBe(0);

    await page.locator('input[type="file"]').setInputFiles(damaged);
    await alert.waitFor();
    const said = await alert.innerText();
    expect(said).toMatch(/«skadet\.pbsync» er (skadet|endret etter at den ble laget)/);
    expect(said).toContain('Velg en annen fil, eller be avsenderen om en ny.');
    expect(said).not.toMatch(/passordfrase/i);
    expect(await alert.getByRole('button', { name: 'Prøv igjen' }).count()).toBe(0);
    expect(cli('dump', b).stdout).toBe(before);
  });
});
