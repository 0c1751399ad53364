import { describe, expect, it } from 'vitest';
import { agendaCases, splitMinutes } from '../../shared/report/minutesCases.js';

describe('the saker of a møtereferat, with each vedtak under its case', () => {
  const agenda = '1. Godkjenning av referat\n2. Økonomi\nSak 3/22 Eventuelt';

  it('reads the cases the agenda numbers, and no number alone as a case', () => {
    expect(agendaCases(`${agenda}\n2022 i korte trekk\n- punkt`)).toEqual([
      { number: '1', title: 'Godkjenning av referat' }, { number: '2', title: 'Økonomi' }, { number: '3/22', title: 'Eventuelt' },
    ]);
  });

  it('cuts minutes and decisions at headings by number, «Sak N» or title, keeping text before the first as the opening', () => {
    const split = splitMinutes(
      agenda,
      'Møtet satt kl. 10.\n\n## 1. Godkjenning av referat\n\nIngen merknader.\n\n## Økonomi\n\nRegnskapet gjennomgått.\n\n```\n## ikke en sak\n```',
      '## Sak 1\n\nGodkjent.\n\n## 2\n\nTatt til orientering.\n\n## Sak 3/22: Noe annet\n\nIngen saker.',
    );
    expect(split.openingMinutes).toBe('Møtet satt kl. 10.');
    expect(split.cases).toEqual([
      { number: '1', title: 'Godkjenning av referat', discussion: 'Ingen merknader.', decision: 'Godkjent.' },
      { number: '2', title: 'Økonomi', discussion: 'Regnskapet gjennomgått.\n\n```\n## ikke en sak\n```', decision: 'Tatt til orientering.' },
      // A heading that says more than the case's number and title stays in the text as written.
      { number: '3/22', title: 'Eventuelt', discussion: '', decision: '## Sak 3/22: Noe annet\n\nIngen saker.' },
    ]);
    expect(split.openingDecisions).toBe('');
  });

  it('keeps a «Sak N:» line as written, adds a case the agenda lacks, and never drops a character', () => {
    const split = splitMinutes(agenda, '## 7. Nytt punkt\n\nFrist: <ikke avklart>', 'Generelt vedtak.\n\nSak 2: Budsjettet vedtas.');
    expect(split.cases.find((c) => c.number === '2')!.decision).toBe('Sak 2: Budsjettet vedtas.');
    expect(split.cases.at(-1)).toEqual({ number: '7', title: 'Nytt punkt', discussion: 'Frist: <ikke avklart>', decision: '' });
    expect(split.openingDecisions).toBe('Generelt vedtak.');
  });

  it('leaves minutes that name no case as one text', () => {
    const split = splitMinutes(agenda, 'Alt i ett.', 'Vedtatt.');
    expect(split).toEqual({ cases: [], openingMinutes: 'Alt i ett.', openingDecisions: 'Vedtatt.' });
  });
});
