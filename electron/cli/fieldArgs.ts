import { WorkbookError, fieldIssue } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import { fieldSpecs, type Kind } from '../../shared/model/kinds.js';
import { kindWord } from '../../shared/model/kindLabels.js';

/**
 * Turns `field=value` arguments into typed field values. It only converts the
 * text to the field's JSON type; whether the value is allowed is the command
 * layer's decision, so the CLI and the app give the same answer.
 */
export function parseFieldArgs(kind: Kind, args: readonly string[]): Record<string, unknown> {
  const specs = fieldSpecs(kind);
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new WorkbookError('usage', msg('cli.field_value', { arg }));
    const name = arg.slice(0, eq);
    const text = arg.slice(eq + 1);
    const spec = specs[name];
    if (!spec || !Object.prototype.hasOwnProperty.call(specs, name)) {
      const known = Object.keys(specs).join(', ');
      throw new WorkbookError('invalid', msg('cli.unknown_field', { name, kind: kindWord(kind), known }), 'input', [
        fieldIssue(name, msg('field.unknown')),
      ]);
    }
    if (Object.prototype.hasOwnProperty.call(out, name)) {
      throw new WorkbookError('usage', msg('cli.field_twice', { name }));
    }
    const nullable = spec.schema.safeParse(null).success;
    out[name] = nullable && text.trim() === '' ? null : convert(spec.storage, text);
  }
  return { ...out };
}

function convert(storage: string, text: string): unknown {
  switch (storage) {
    case 'int': {
      // Digit groups may be written with spaces, as in "1 170 000".
      const compact = text.replace(/[\s\u00a0\u202f]/g, '');
      return /^[-+]?\d+$/.test(compact) ? Number(compact) : text;
    }
    case 'bool': {
      const t = text.trim().toLowerCase();
      if (['true', 'ja', '1', 'yes'].includes(t)) return true;
      if (['false', 'nei', '0', 'no'].includes(t)) return false;
      return text;
    }
    case 'json': {
      const t = text.trim();
      if (t.startsWith('[')) {
        try {
          return JSON.parse(t) as unknown;
        } catch {
          return text;
        }
      }
      return t === '' ? [] : t.split(',').map((s) => s.trim());
    }
    default:
      return text;
  }
}
