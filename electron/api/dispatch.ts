import { API, isApiMethod, type ApiEnvelope } from '../../shared/api/contract.js';
import { isWorkbookError } from '../../shared/errors.js';
import { describeIssue } from '../../shared/model/validation.js';
import type { ApiHandlers } from './handlers.js';

/**
 * Runs one API call from any transport: checks the method name and validates
 * the arguments against the contract before a handler sees them, and turns
 * every outcome into an envelope. A bad call gets a message naming what is
 * wrong; an unexpected failure is reported, never thrown across the boundary.
 */
export async function dispatch(handlers: ApiHandlers, method: unknown, args: unknown): Promise<ApiEnvelope> {
  if (!isApiMethod(method)) {
    return failure('unknown_method', `Ukjent API-kall: ${JSON.stringify(String(method)).slice(0, 80)}.`);
  }
  const parsed = API[method].args.safeParse(args ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map(describeIssue);
    return failure('invalid_arguments', `Ugyldige argumenter til ${method}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}.`, issues);
  }
  try {
    const handler = handlers[method] as (a: unknown) => unknown;
    const result = await handler(parsed.data);
    return { ok: true, result };
  } catch (e) {
    if (isWorkbookError(e)) return failure(e.code, e.message, [...e.issues]);
    console.error(`API ${method} failed`, e);
    return failure('internal', `Uventet feil i ${method}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function failure(code: string, message: string, issues: { field: string; message: string }[] = []): ApiEnvelope {
  return { ok: false, error: { code, message, issues } };
}
