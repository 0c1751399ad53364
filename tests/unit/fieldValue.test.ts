import { describe, expect, it } from 'vitest';
import { PROBABILITY_LABELS } from '../../shared/model/enums.js';
import {
  EMPTY_CONTEXT, fieldShape, projectScaleWords, referencedIds, relatedFields, showFieldValue, type ValueContext, type ValueWords,
} from '../../shared/report/fieldValue.js';
import { ACTION_STATUS_LABELS, MILESTONE_STATUS_LABELS, RISK_STATUS_LABELS, ROLE_LABELS, ZONE_LABELS } from '../../shared/report/labels.js';

/** The printouts' Norwegian words, as the CLI would give them. */
const LABELS: Record<string, Record<string, string>> = {
  milestoneStatus: MILESTONE_STATUS_LABELS, riskStatus: RISK_STATUS_LABELS, actionStatus: ACTION_STATUS_LABELS, role: ROLE_LABELS,
};
const words: ValueWords = {
  empty: '(tomt)', yes: 'Ja', no: 'Nei', missingRecord: '(finnes ikke)',
  enumLabel: (v, code) => LABELS[v]?.[code] ?? code,
  level: (_scale, n) => PROBABILITY_LABELS[n - 1]!,
  zone: (z) => ZONE_LABELS[z],
  riskScore: (s) => `Risikoverdi ${s.score} (${s.probability} × ${s.consequence}): ${s.zone}`,
};
const PERSON = '01900000-0000-7000-8000-000000000001';
const GONE = '01900000-0000-7000-8000-000000000002';
const context = (c: Partial<ValueContext>): ValueContext => ({ ...EMPTY_CONTEXT, ...c });
const NBSP = '\u00a0';

describe('showFieldValue: one rule for how a field value is shown', () => {
  it.each([
    ['risk', 'status', 'monitored', EMPTY_CONTEXT, 'Følges opp', undefined],
    ['milestone', 'status', 'reached', EMPTY_CONTEXT, 'Nådd', undefined],
    ['role', 'role', 'project_leader', EMPTY_CONTEXT, 'Prosjektleder', undefined],
    ['milestone', 'actualDate', '2021-09-05', EMPTY_CONTEXT, '05.09.2021', undefined],
    ['meeting', 'startsAt', '2022-01-12T13:00', EMPTY_CONTEXT, '12.01.2022 kl. 13.00', undefined],
    ['budget-plan', 'amount', 1_170_000, EMPTY_CONTEXT, `1${NBSP}170${NBSP}000${NBSP}kr`, undefined],
    ['risk', 'ownerId', PERSON, context({ titles: { [PERSON]: 'Elin Brandsrud' } }), 'Elin Brandsrud', undefined],
    ['risk', 'ownerId', GONE, EMPTY_CONTEXT, '(finnes ikke)', undefined],
    ['group', 'goalIds', [PERSON, GONE], context({ titles: { [PERSON]: 'Mål 1' } }), 'Mål 1, (finnes ikke)', undefined],
    ['risk', 'ownerId', null, EMPTY_CONTEXT, '(tomt)', undefined],
    ['person', 'placeholder', true, EMPTY_CONTEXT, 'Ja', undefined],
    ['project', 'parties', ['Drammen kommune', 'Indre Østfold kommune'], EMPTY_CONTEXT, 'Drammen kommune, Indre Østfold kommune', undefined],
    ['risk', 'number', 7, EMPTY_CONTEXT, '7', undefined],
    ['risk', 'title', 'Møtelokaler', EMPTY_CONTEXT, 'Møtelokaler', undefined],
    ['risk', 'probability', 4, context({ related: { consequence: 3 } }), '4 Høy', 'Risikoverdi 12 (4 × 3): Tiltak må vurderes'],
    ['risk', 'consequence', 5, context({ related: { probability: 4 } }), '5 Veldig høy', 'Risikoverdi 20 (4 × 5): Uakseptabel, tiltak nødvendig'],
    ['risk', 'residualProbability', 1, context({ related: { residualConsequence: 2 } }), '1 Veldig lav', 'Risikoverdi 2 (1 × 2): Akseptabel'],
    // Without the other axis (no residual consequence yet), no score.
    ['risk', 'residualProbability', 2, context({ related: { residualConsequence: null } }), '2 Lav', undefined],
    ['risk', 'probability', 2, context({ related: { consequence: 2 }, scale: ['a', 'b', 'c', 'd', 'e'] }), '2 b', 'Risikoverdi 4 (2 × 2): Akseptabel'],
    ['risk-assessment', 'probability', 3, context({ related: { consequence: 3 } }), '3 Moderat', 'Risikoverdi 9 (3 × 3): Tiltak må vurderes'],
  ] as const)('%s.%s = %j → %s', (kind, field, value, ctx, text, detail) => {
    expect(showFieldValue(kind, field, value, ctx, words)).toEqual(detail ? { text, detail } : { text });
  });

  it('reads what a field is from its declaration', () => {
    expect(fieldShape('risk', 'probability')).toEqual({ type: 'level', scale: 'probability', pair: 'consequence' });
    expect(fieldShape('budget-actual', 'amount')).toEqual({ type: 'kroner' });
    expect(fieldShape('action', 'status')).toEqual({ type: 'enum', vocabulary: 'actionStatus' });
    expect(fieldShape('meeting', 'type')).toEqual({ type: 'enum', vocabulary: 'meetingType' });
    expect(fieldShape('group', 'kind')).toEqual({ type: 'enum', vocabulary: 'groupKind' });
    expect(fieldShape('action', 'dueDate')).toEqual({ type: 'date' });
    expect(fieldShape('meeting', 'minutes')).toEqual({ type: 'longText' });
    expect(fieldShape('no-such-kind', 'x')).toEqual({ type: 'text' });
    expect(relatedFields('risk', 'residualConsequence')).toEqual(['residualProbability']);
    expect(relatedFields('risk', 'title')).toEqual([]);
    expect(referencedIds('group', 'goalIds', [PERSON, GONE])).toEqual([PERSON, GONE]);
    expect(referencedIds('risk', 'title', PERSON)).toEqual([]);
  });

  it('takes the project\'s words for a scale only where it has changed them from the plan\'s', () => {
    expect(projectScaleWords('probability', [...PROBABILITY_LABELS])).toBeUndefined();
    expect(projectScaleWords('probability', ['Sjelden', 'Lite sannsynlig', 'Mulig', 'Sannsynlig', 'Svært sannsynlig']))
      .toEqual(['Sjelden', 'Lite sannsynlig', 'Mulig', 'Sannsynlig', 'Svært sannsynlig']);
    expect(projectScaleWords('consequence', ['for', 'få'])).toBeUndefined();
  });
});
