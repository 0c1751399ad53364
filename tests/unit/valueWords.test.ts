import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT, showFieldValue } from '../../shared/report/fieldValue.js';
import { reportValueWords } from '../../shared/report/valueWords.js';
import { word } from '../../shared/messages/catalogue.js';
import { describeInstallationNotice } from '../../electron/workbook/installation.js';

/** The command line's words for values in a conflict, and its note about a new installation, in both languages. */
describe('values outside the screens, in the run\'s language', () => {
  const probability = { ...EMPTY_CONTEXT, related: { consequence: 4 } };

  it('words a risk level with its label, score and zone', () => {
    expect(showFieldValue('risk', 'probability', 4, probability, reportValueWords('nb'))).toEqual({
      text: '4 Høy', detail: 'risikoverdi 16 (4 × 4): Uakseptabel, tiltak nødvendig',
    });
    expect(showFieldValue('risk', 'probability', 4, probability, reportValueWords('en'))).toEqual({
      text: '4 High', detail: 'risk score 16 (4 × 4): Unacceptable, measures required',
    });
  });

  it('words codes, empty values and times', () => {
    expect(showFieldValue('risk', 'status', 'monitored', EMPTY_CONTEXT, reportValueWords('en')).text).toBe('Monitored');
    expect(showFieldValue('risk', 'status', 'monitored', EMPTY_CONTEXT, reportValueWords('nb')).text).toBe('Følges opp');
    expect(showFieldValue('risk', 'title', '', EMPTY_CONTEXT, reportValueWords('en')).text).toBe('(empty)');
    expect(showFieldValue('meeting', 'startsAt', '2022-03-01T13:00', EMPTY_CONTEXT, reportValueWords('en')).text).not.toMatch(/kl\./);
    expect(showFieldValue('meeting', 'startsAt', '2022-03-01T13:00', EMPTY_CONTEXT, reportValueWords('nb')).text).toMatch(/kl\. 13\.00/);
  });

  it('says why a file became a new installation in either language', () => {
    const notice = describeInstallationNotice({ reason: 'copied', at: '2026-12-03T09:00:00.000Z' } as Parameters<typeof describeInstallationNotice>[0]);
    expect(word(notice, 'nb')).toMatch(/^Merk: denne arbeidsboka ble en ny installasjon 03\.12\.2026 fordi den er en kopi/);
    expect(word(notice, 'en')).toMatch(/^Note: this workbook became a new installation on 03\.12\.2026 because it is a copy/);
  });
});
