import { API, isApiMethod, type ApiEnvelope } from '../../shared/api/contract.js';
import { errorBody, errorBodyOf, isWorkbookError, issuesParam, type FieldIssue } from '../../shared/errors.js';
import { msg } from '../../shared/messages/catalogue.js';
import type { MessageText } from '../../shared/messages/format.js';
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
    return failure('unknown_method', msg('api.unknown_method', { method: JSON.stringify(String(method)).slice(0, 80) }));
  }
  const parsed = API[method].args.safeParse(args ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map(describeIssue);
    return failure('invalid_arguments', msg('api.invalid_arguments', { method, issues: issuesParam(issues) }), issues);
  }
  try {
    const handler = handlers[method] as (a: unknown) => unknown;
    const result = await handler(parsed.data);
    return { ok: true, result };
  } catch (e) {
    if (isWorkbookError(e)) return { ok: false, error: errorBodyOf(e) };
    console.error(`API ${method} failed`, e);
    return failure('internal', msg('api.internal', { method, detail: e instanceof Error ? e.message : String(e) }));
  }
}

function failure(code: string, text: MessageText, issues: readonly FieldIssue[] = []): ApiEnvelope {
  return { ok: false, error: errorBody(code, text, issues) };
}
