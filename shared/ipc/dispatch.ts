import type { z } from 'zod';
import { isChannel, type Channel } from './channels';
import { AppError, CATALOGUE_CODE, contract, type AppService, type IpcError, type Result } from './contract';

/**
 * The one request pipeline every transport uses (Electron IPC and the dev bridge):
 * validate the payload, call the service, optionally validate the response, and
 * turn every failure into a typed error that never carries raw exception text.
 */
export interface DispatchOptions {
  /** Validate responses too (dev and tests): catches a service drifting from the contract. */
  validateResponses: boolean;
  /** Told about unexpected failures, with the original error, for the technical log. */
  onInternalError?: (channel: string, error: unknown) => void;
}

export async function dispatch(
  service: AppService,
  channel: unknown,
  payload: unknown,
  options: DispatchOptions,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return fail('unknown-channel', 'This action is not part of the app.');
  }
  const spec = contract[channel];
  const parsed = (spec.request as z.ZodType).safeParse(payload ?? {});
  if (!parsed.success) {
    return fail('invalid-request', describeIssues(parsed.error.issues));
  }
  let value: unknown;
  try {
    const handler = service[channel] as (req: unknown) => Promise<unknown>;
    value = await handler.call(service, parsed.data);
  } catch (error) {
    return toIpcFailure(channel, error, options);
  }
  if (options.validateResponses) {
    const checked = (spec.response as z.ZodType).safeParse(value);
    if (!checked.success) {
      options.onInternalError?.(channel, checked.error);
      return fail('invalid-response', `The engine answered "${channel}" in an unexpected shape.`);
    }
    return { ok: true, value: checked.data };
  }
  return { ok: true, value };
}

function toIpcFailure(channel: Channel, error: unknown, options: DispatchOptions): Result<unknown> {
  if (error instanceof AppError || isCatalogueError(error)) {
    const e = error as { code: string; message: string };
    return fail(e.code, e.message);
  }
  options.onInternalError?.(channel, error);
  return fail('internal', 'Something went wrong inside LedgerBridge. The details are in the error log.');
}

/** Errors from other modules may carry a catalogue code without being AppError instances. */
function isCatalogueError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && CATALOGUE_CODE.test(code) && typeof (error as { message?: unknown }).message === 'string';
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .flatMap(closestBranch)
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(request)'}: ${i.message}`)
    .join('; ');
}

/** For a union, report the branch that came closest, so the message names a field. */
function closestBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
  return best.flatMap((inner) => closestBranch({ ...inner, path: [...issue.path, ...inner.path] }));
}

function fail(code: string, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}
