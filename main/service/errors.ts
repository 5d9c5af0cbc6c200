import { EconomicError } from '../connectors/economic/errors';
import { ShopError } from '../connectors/shops/types';
import { DataDirLockedError } from '../ledger';
import { MissingSecretError, SecretStoreUnavailableError } from '../secrets';
import { ProfileInvalidError } from '../settings';
import { mapEconomicError, mapShopError } from '../validation';
import type { Platform } from '../../shared/domain/order';
import { describe, type ErrorCode, type Lang, type ParamsOf, type ProblemReport } from '../../shared/errors';
import { AppError } from '../../shared/ipc/contract';

/**
 * The catalogue codes the desktop service raises itself, for situations the engine
 * does not meet (the UI asked for something that is not there yet). Their texts live
 * in the one catalogue (`shared/errors`) like every other problem.
 */
export const SERVICE_CODES = {
  setupNotFinished: 'LB-2010',
  wizardStepMissing: 'LB-2011',
  dryRunNeedsAnswers: 'LB-2012',
  secretMissing: 'LB-2013',
  profileInvalid: 'LB-2014',
  keychainUnavailable: 'LB-4021',
  dataDirLocked: 'LB-9104',
  mailPreviewFailed: 'LB-9108',
  orderNotFound: 'LB-9404',
  logEntryNotFound: 'LB-9405',
  orderWithoutInvoice: 'LB-9406',
  mailBeingSent: 'LB-6009',
  invoiceNotMailed: 'LB-6010',
  orderActionRefused: 'LB-7012',
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
 * Turns what the engine, connectors and stores throw into an AppError with a
 * catalogue code and text in the app language. Anything unknown is rethrown, so
 * the transport reports it as internal (and logs it) instead of leaking raw text.
 */
export function toAppError(error: unknown, lang: Lang, ctx: { platform?: Platform } = {}): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof ShopError) return problemError(mapShopError(error, { platform: ctx.platform }), lang);
  if (error instanceof EconomicError) return problemError(mapEconomicError(error, { orderNumber: '' }), lang);
  if (error instanceof MissingSecretError) {
    const connection = error.secretName.startsWith('economic') ? 'e-conomic' : error.secretName === 'smtpPassword' ? (lang === 'da' ? 'mailserveren (SMTP)' : 'the mail server (SMTP)') : lang === 'da' ? 'butikken' : 'the shop';
    return serviceError(SERVICE_CODES.secretMissing, lang, { connection });
  }
  if (error instanceof DataDirLockedError) return serviceError(SERVICE_CODES.dataDirLocked, lang);
  if (error instanceof SecretStoreUnavailableError) return serviceError(SERVICE_CODES.keychainUnavailable, lang, { detail: error.backendMessage });
  if (error instanceof ProfileInvalidError) return serviceError(SERVICE_CODES.profileInvalid, lang, { detail: error.explain(lang).join(' ') });
  return error;
}

/** Runs `work`, translating its failures with toAppError. */
export async function translated<T>(lang: Lang, work: () => Promise<T>, ctx: { platform?: Platform } = {}): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toAppError(error, lang, ctx);
  }
}
