import type { z } from 'zod';
import type { FieldIssue } from '../errors.js';

/**
 * Norwegian field messages for zod's issues. Kept here rather than in zod's
 * locale so the same words reach the CLI, the API and the UI.
 */
export function describeIssue(issue: z.core.$ZodIssue): FieldIssue {
  const field = issue.path.map(String).join('.') || '(post)';
  return { field, message: messageFor(issue) };
}

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `ukjent felt: ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return isMissing(issue) ? 'mangler' : `har feil type (venter ${typeName(issue.expected)})`;
    case 'too_small':
      if (issue.origin === 'string') return 'kan ikke være tom';
      if (issue.origin === 'array') return `må ha minst ${String(issue.minimum)} elementer`;
      return `må være minst ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `kan ha høyst ${String(issue.maximum)} tegn`;
      if (issue.origin === 'array') return `kan ha høyst ${String(issue.maximum)} elementer`;
      return `kan være høyst ${String(issue.maximum)}`;
    case 'invalid_value':
      return `må være en av: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
    case 'custom':
      return formatMessage(issue.message);
    default:
      return issue.message;
  }
}

function formatMessage(tag: string): string {
  switch (tag) {
    case 'date':
      return 'er ingen gyldig dato (ÅÅÅÅ-MM-DD)';
    case 'datetime':
      return 'er ikke et gyldig tidspunkt (ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM-DDTTT:MM med klokkeslett)';
    case 'id':
      return 'er ingen gyldig id';
    default:
      return tag;
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

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'tall',
    int: 'heltall',
    boolean: 'sann eller usann',
    array: 'liste',
    object: 'objekt',
  };
  return names[expected] ?? expected;
}
