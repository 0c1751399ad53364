import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UUID_V7, copyWorkbook, expectOneLineError, makeSeed, run, runJson, runOk, type Dump, type Seed } from './run.js';

/** The erfaringslogg and endringslogg from the command line: add, list, search, dump, info (issue 14). */
let seed: Seed;
beforeAll(async () => {
  seed = await makeSeed();
});
afterAll(() => seed.remove());

interface Hit {
  kind: string;
  id: string;
  title: string;
  snippet: string;
}

describe('lessons and changes on the command line', () => {
  it('adds a lesson and a change, lists them, finds them by their words and dumps them', async () => {
    const file = copyWorkbook(seed.path);
    const lesson = (await runOk(
      'add', file, 'lesson', 'date=2022-03-14', 'happened=Lørdagsåpent innbyggertorg trakk nye brukere',
      'learned=Folk kommer når de har fri.', 'recommendation=Prøv kveldsåpent også.', 'outcome=positive',
    )).trim();
    expect(lesson).toMatch(UUID_V7);
    const change = (await runOk(
      'add', file, 'change-entry', 'date=2022-04-01', 'type=deviation', 'what=Konferansen flyttet fra Drammen til Mysen',
      'costEffect=Reisekostnadene øker med om lag 20 000 kr.', 'decidedBy=Styringsgruppa', 'nbNotified=ja', 'nbNotifiedDate=2022-04-02',
    )).trim();
    expect(change).toMatch(UUID_V7);

    expect(await runOk('list', file, 'lesson')).toBe(`${lesson}  2022-03-14  positive  Lørdagsåpent innbyggertorg trakk nye brukere\n`);
    expect(await runOk('list', file, 'change-entry')).toBe(`${change}  2022-04-01  deviation  Konferansen flyttet fra Drammen til Mysen\n`);

    const hits = await runJson<Hit[]>('search', file, 'kveldsåpent', '--json');
    expect(hits).toEqual([{ kind: 'lesson', id: lesson, title: 'Lørdagsåpent innbyggertorg trakk nye brukere', snippet: expect.stringContaining('[kveldsåpent]') as string }]);
    expect(await runOk('search', file, 'reisekostnadene')).toContain(`endring eller avvik  ${change}  Konferansen flyttet fra Drammen til Mysen\n`);

    const dump = JSON.parse(await runOk('dump', file)) as Dump;
    expect(dump.records.lesson).toEqual([expect.objectContaining({ id: lesson, outcome: 'positive', goalId: null, groupId: null })]);
    expect(dump.records['change-entry']).toEqual([expect.objectContaining({ id: change, nbNotified: true, nbNotifiedDate: '2022-04-02', decidedBy: 'Styringsgruppa' })]);

    const info = await runJson<{ counts: Record<string, number> }>('info', file, '--json');
    expect(info.counts).toMatchObject({ lessons: 1, changes: 1 });
    expect(await runOk('info', file)).toMatch(/Erfaringer: 1 +Endringer og avvik: 1/);
    expect(await runOk('info', file, '--lang', 'en')).toMatch(/Lessons: 1 +Changes and deviations: 1/);

    await runOk('delete', file, 'lesson', lesson);
    expect(await runJson<Hit[]>('search', file, 'kveldsåpent', '--json')).toEqual([]);
  });

  it('refuses a lesson that is neither positive nor negative, in one line, and writes nothing', async () => {
    const file = copyWorkbook(seed.path);
    expectOneLineError(await run('add', file, 'lesson', 'date=2022-03-14', 'happened=Noe', 'outcome=nøytral'), 2, 'outcome');
    expect(await runOk('list', file, 'lesson')).not.toMatch(UUID_V7);
  });
});
