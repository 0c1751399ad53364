import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { cli, expectAllSaved, launchChromium, REPO, serve, tempDir, type ServedWorkbook } from './harness.js';

/**
 * A referent fills in what the archive needs on a meeting's page: end time,
 * møteleder, referent, kopi til, the next meeting, the approval and the
 * archive reference. Each lands in the workbook file as typed (read back by
 * the CLI), and a time that is no time is refused.
 */
describe('the møtereferat\'s facts on a meeting\'s page', () => {
  const dir = tempDir();
  const file = join(dir.path, 'referat.prosjektboka');
  let browser: Browser;
  let served: ServedWorkbook;
  let page: Page;
  let meetingId = '';

  beforeAll(async () => {
    expect(cli('init', file, '--replica-name', 'Testmaskin').code).toBe(0);
    const added = cli('add', file, 'meeting', 'title=Styringsgruppemøte 3/2022', 'startsAt=2022-03-15T10:00', 'type=steering_group');
    expect(added.code, added.stderr).toBe(0);
    meetingId = added.stdout.trim();
    served = await serve(file);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(`${served.url}#/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 2, name: 'Til arkivet' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    dir.remove();
  });

  function meeting(): Record<string, unknown> {
    const r = cli('dump', file);
    const dump = JSON.parse(r.stdout) as { records: Record<string, ({ id: string } & Record<string, unknown>)[]> };
    return dump.records.meeting!.find((m) => m.id === meetingId)!;
  }

  it('saves each fact as typed, with the people chosen by name', async () => {
    const panel = page.getByRole('region', { name: 'Til arkivet' });
    await panel.getByLabel('Sluttid').fill('12.30');
    await panel.getByLabel('Møteleder').selectOption({ label: 'Jørgen Hovde' });
    await panel.getByLabel('Referent').selectOption({ label: 'Ina Synøve Borsheim' });
    await panel.getByLabel('Kopi til').fill('Rådmannen i Drammen\n\nNasjonalbiblioteket');
    await panel.getByLabel('Neste møtedag').fill('10.05.2022');
    await panel.getByLabel('Neste møtedag').blur();
    await expectAllSaved(page);
    await panel.getByLabel('Neste møte kl.').fill('13.00');
    await panel.getByLabel('Lokale for neste møte').fill('Mysen bibliotek');
    await panel.getByLabel('Godkjent den').fill('10.05.2022');
    await panel.getByLabel('Godkjent av').fill('Styringsgruppa i møte 4/2022');
    await panel.getByLabel('Arkivreferanse').fill('22/00123-4');
    await panel.getByLabel('Arkivreferanse').blur();
    await expectAllSaved(page);
    await page.screenshot({ path: join(REPO, 'test-artifacts', 'minutes', 'meeting-page.png'), fullPage: true });

    const m = meeting();
    const people = JSON.parse(cli('dump', file).stdout).records.person as { id: string; name: string }[];
    const nameOf = (id: unknown) => people.find((p) => p.id === id)?.name;
    expect({ ...m, chairId: nameOf(m.chairId), secretaryId: nameOf(m.secretaryId) }).toMatchObject({
      endTime: '12:30', chairId: 'Jørgen Hovde', secretaryId: 'Ina Synøve Borsheim',
      copyTo: ['Rådmannen i Drammen', 'Nasjonalbiblioteket'], nextMeetingAt: '2022-05-10T13:00',
      nextMeetingPlace: 'Mysen bibliotek', approvedOn: '2022-05-10', approvedBy: 'Styringsgruppa i møte 4/2022', archiveRef: '22/00123-4',
    });
  });

  it('refuses a time that is no time, and keeps the saved one', async () => {
    const end = page.getByRole('region', { name: 'Til arkivet' }).getByLabel('Sluttid');
    await end.fill('25.99');
    await end.blur();
    await page.getByText('Skriv et klokkeslett som 15.00, eller la feltet stå tomt').waitFor();
    expect(meeting().endTime).toBe('12:30');
  });
});
