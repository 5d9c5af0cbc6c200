import { classifyError } from '../runtime/classify-error';
import type { Platform } from '../../shared/domain/order';
import { CODES, describe, type ErrorCode, type Lang, type ParamsOf, type ProblemReport } from '../../shared/errors';
import { AppError } from '../../shared/ipc/contract';

/**
 * The catalogue codes the desktop service raises itself, for situations the engine
 * does not meet (the UI asked for something that is not there yet). Their texts live
 * in the one catalogue (`shared/errors`) like every other problem.
 */
export const SERVICE_CODES = {
  setupNotFinished: CODES.setupNotFinished,
  wizardStepMissing: 'LB-2011',
  dryRunNeedsAnswers: 'LB-2012',
  mailPreviewFailed: 'LB-9108',
  orderNotFound: 'LB-9404',
  logEntryNotFound: 'LB-9405',
  orderWithoutInvoice: 'LB-9406',
  dayListMissing: 'LB-9407',
  mailBeingSent: 'LB-6009',
  invoiceNotMailed: 'LB-6010',
  accountantMissing: CODES.accountantMissing,
  accountantMailBeingSent: CODES.accountantMailBeingSent,
  orderActionRefused: 'LB-7012',
  settingsShopMissing: CODES.settingsShopMissing,
} as const satisfies Record<string, ErrorCode>;
export type ServiceErrorCode = (typeof SERVICE_CODES)[keyof typeof SERVICE_CODES];

/** A catalogue problem the service raises, as one message: what happened, then how to fix it. */
export function serviceError<C extends ServiceErrorCode>(code: C, lang: Lang, ...[params]: keyof ParamsOf<C> extends never ? [] : [ParamsOf<C>]): AppError {
  return problemError({ code, params: params ?? {} }, lang);
}

/** A catalogue problem as one message the owner can act on: what happened, then how to fix it. */
export function problemError(problem: ProblemReport, lang: Lang): AppError {
  const d = describe(problem.code, problem.params, lang);
  return new AppError(d.code, [d.message, d.fix].filter(Boolean).join(' '));
}

/**
 * Turns what the engine, connectors and stores throw into an AppError with a catalogue code
 * and text in the app language, as classifyError (shared with the command line) judges it.
 * Anything the catalogue has no problem for is rethrown, so the transport reports it as
 * internal (and logs it) instead of leaking raw text.
 */
export function toAppError(error: unknown, lang: Lang, ctx: { platform?: Platform } = {}): unknown {
  if (error instanceof AppError) return error;
  const { problem } = classifyError(error, { lang, platform: ctx.platform });
  return problem ? problemError(problem, lang) : error;
}

/** Runs `work`, translating its failures with toAppError. */
export async function translated<T>(lang: Lang, work: () => Promise<T>, ctx: { platform?: Platform } = {}): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toAppError(error, lang, ctx);
  }
}
