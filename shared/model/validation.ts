import type { z } from 'zod';
import { fieldIssue, type FieldIssue } from '../errors.js';
import { msg } from '../messages/catalogue.js';
import type { MessageText } from '../messages/format.js';
import { riskCriteriaText } from './riskCriteriaFields.js';

/**
 * Field messages for zod's issues, as catalogue texts (shared/messages/fieldMessages.ts).
 * Kept here rather than in zod's locale so the same words reach the CLI, the
 * API and the UI, each in its user's language.
 */
export function describeIssue(issue: z.core.$ZodIssue): FieldIssue {
  const field = issue.path.map(String).join('.') || '(post)';
  return fieldIssue(field, issueText(issue));
}

export function issueText(issue: z.core.$ZodIssue): MessageText {
  switch (issue.code) {
    case 'unrecognized_keys':
      return msg('field.unknown_keys', { keys: issue.keys.join(', ') });
    case 'invalid_type':
      return isMissing(issue) ? msg('field.missing') : msg('field.wrong_type', { expected: typeName(issue.expected) });
    case 'too_small':
      if (issue.origin === 'string') return msg('field.empty');
      if (issue.origin === 'array') return msg('field.min_items', { min: String(issue.minimum) });
      return msg('field.min', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return msg('field.max_chars', { max: String(issue.maximum) });
      if (issue.origin === 'array') return msg('field.max_items', { max: String(issue.maximum) });
      return msg('field.max', { max: String(issue.maximum) });
    case 'invalid_value':
      return msg('field.one_of', { values: issue.values.map(String).join(', ') });
    case 'custom':
      return issue.message.startsWith('riskCriteria.') ? riskCriteriaText(issue) : formatText(issue.message);
    case 'invalid_format':
      return formatText(issue.message);
    default:
      return msg('field.other', { text: issue.message });
  }
}

function formatText(tag: string): MessageText {
  switch (tag) {
    case 'date':
      return msg('field.date');
    case 'datetime':
      return msg('field.datetime');
    case 'time':
      return msg('field.time');
    case 'id':
      return msg('field.id');
    case 'public_key':
      return msg('field.public_key');
    default:
      return msg('field.other', { text: tag });
  }
}

/**
 * zod reports a missing key and a value of the wrong type alike (invalid_type);
 * only the input tells them apart, and zod leaves it out of the issue unless
 * asked, so its English text is the fallback: "…, received undefined".
 */
function isMissing(issue: z.core.$ZodIssueInvalidType): boolean {
  if ('input' in issue) return issue.input === undefined;
  return /received undefined$/.test(issue.message);
}

const TYPE_KEYS = { string: 'type.string', number: 'type.number', int: 'type.int', boolean: 'type.boolean', array: 'type.array', object: 'type.object' } as const;

function typeName(expected: string): MessageText | string {
  return expected in TYPE_KEYS ? msg(TYPE_KEYS[expected as keyof typeof TYPE_KEYS]) : expected;
}
