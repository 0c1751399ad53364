import { DEFAULT_ZONE_BANDS } from '../../shared/rules/riskCriteria';
import { describe, expect, it } from 'vitest';
import { attention, lastExchange, localDay } from '../../renderer/data/attention';
import type { RecordOf } from '../../shared/model/kinds';

const action = (status: RecordOf<'action'>['status']) => ({ status, dueDate: null }) as unknown as RecordOf<'action'>;
const risk = (probability: number, consequence: number, status = 'open') =>
  ({ probability, consequence, status }) as unknown as RecordOf<'risk'>;
const sync = (openConflicts: number, lastExportAt: string | null, imports: (string | null)[]) =>
  ({ openConflicts, lastExportAt, peers: imports.map((lastImportAt) => ({ lastImportAt })) }) as never;

/** What the sidebar and header point out, from the same rules the overview uses. */
describe('the frame’s counts', () => {
  it('counts open and in-progress action items, not done or cancelled ones', () => {
    const a = attention([action('open'), action('in_progress'), action('done'), action('cancelled')], [], undefined, DEFAULT_ZONE_BANDS);
    expect(a.openActions).toBe(2);
  });

  it('counts red risks by the workbook’s zone rule (score 15 and up), leaving closed risks out', () => {
    const a = attention([], [risk(4, 4), risk(3, 5), risk(5, 5, 'closed'), risk(2, 3), risk(3, 4)], undefined, DEFAULT_ZONE_BANDS);
    expect(a.redRisks).toBe(2);
  });

  it('takes open conflicts from the sync status, and nothing before it has loaded', () => {
    expect(attention([], [], sync(3, null, []), DEFAULT_ZONE_BANDS).openConflicts).toBe(3);
    expect(attention([], [], undefined, DEFAULT_ZONE_BANDS)).toMatchObject({ openConflicts: 0, lastExchangeAt: null });
  });

  it('the last exchange is the newest export or import, or none', () => {
    expect(lastExchange(sync(0, '2022-03-01T10:00:00Z', ['2022-04-02T08:00:00Z', null]))).toBe('2022-04-02T08:00:00Z');
    expect(lastExchange(sync(0, '2022-05-01T10:00:00Z', ['2022-04-02T08:00:00Z']))).toBe('2022-05-01T10:00:00Z');
    expect(lastExchange(sync(0, null, [null]))).toBeNull();
  });

  it('a day is the calendar day where the window is', () => {
    const noonUtc = '2022-04-02T12:00:00Z';
    expect(localDay(noonUtc)).toMatch(/^2022-04-0[123]$/);
    expect(localDay('not a time')).toBe('not a time');
  });
});
