import { z } from 'zod';
import { msg, type MessageKey } from '../messages/catalogue.js';
import type { MessageText } from '../messages/format.js';
import { bandProblems, DEFAULT_ZONE_BANDS, ZONE_LABEL_SETS } from '../rules/riskCriteria.js';
import { f, type FieldSpec } from './fields.js';

/**
 * The project's risk acceptance criteria (issue 14), schema 10. The three zone
 * bands are one value, so that sync never merges one installation's green
 * limit with another's yellow one into thresholds nobody proposed; the
 * decision keeps a copy of what it decided, so it cannot be read as covering
 * thresholds changed after it (shared/rules/riskCriteria.ts).
 */
const band = z.strictObject({ from: z.number().int(), to: z.number().int() });

const bands = z.array(band).superRefine((value, ctx) => {
  if (value.length !== 3) {
    ctx.addIssue({ code: 'custom', message: 'riskCriteria.count' });
    return;
  }
  for (const p of bandProblems(value)) ctx.addIssue({ code: 'custom', message: p.key, params: p.params });
});

const labelSet = z.enum(ZONE_LABEL_SETS);

export const RISK_CRITERIA_FIELDS = {
  riskZones: { storage: 'json', schema: bands, default: DEFAULT_ZONE_BANDS.map((b) => ({ ...b })), since: 10 },
  riskZoneLabels: { ...f.oneOf(ZONE_LABEL_SETS, 'plan'), since: 10 },
  // What was decided, beside who and when: null while the criteria are only proposed.
  riskCriteriaDecided: {
    storage: 'json',
    schema: z.strictObject({ zones: bands, labels: labelSet }).nullable(),
    default: null,
    since: 10,
  },
  riskCriteriaDecidedOn: { ...f.optionalDate(), since: 10 },
  riskCriteriaDecidedById: { ...f.optionalRef('person'), since: 10 },
  // Who decided when it is a body rather than one person: «Styringsgruppa».
  riskCriteriaDecidedBy: { ...f.text({ allowEmpty: true }), since: 10 },
} as const satisfies Record<string, FieldSpec>;

/** The words of a criteria issue raised above, its zone named in the message's language. */
export function riskCriteriaText(issue: { message: string; params?: Record<string, unknown> }): MessageText {
  const params: Record<string, string | MessageText> = {};
  for (const [k, v] of Object.entries(issue.params ?? {})) {
    params[k] = (k === 'zone' || k === 'next') && typeof v === 'string' ? msg(`riskCriteria.zone.${v}` as MessageKey) : String(v);
  }
  return msg(issue.message as MessageKey, params);
}
