import { EconomicError } from '../connectors/economic/errors';
import { ShopError } from '../connectors/shops/types';
import { DataDirLockedError } from '../ledger';
import { MissingSecretError, SecretStoreUnavailableError } from '../secrets';
import { ProfileInvalidError } from '../settings';
import { mapEconomicError, mapShopError } from '../validation';
import type { Platform } from '../../shared/domain/order';
import { describe, type Lang, type ProblemReport } from '../../shared/errors';
import { AppError } from '../../shared/ipc/contract';

/**
 * Errors the desktop service raises itself, for situations the engine's catalogue
 * does not cover (the UI asked for something that is not there yet). They use the
 * LB-9xxx range the catalogue leaves for LedgerBridge's own conditions.
 */
const SERVICE_TEXTS = {
  'LB-9101': {
    da: 'Opsætningen er ikke færdig endnu. Gennemfør guiden under Opsætning, så LedgerBridge ved hvilken butik og hvilken e-conomic-aftale der skal bruges.',
    en: 'Setup is not finished yet. Complete the wizard under Setup so LedgerBridge knows which shop and which e-conomic agreement to use.',
  },
  'LB-9102': {
    da: 'Udfyld først trinnet "{step}" i opsætningsguiden.',
    en: 'Fill in the "{step}" step of the setup wizard first.',
  },
  'LB-9103': {
    da: 'Nøglerne til {what} er ikke gemt. Indtast dem igen i opsætningsguiden og tryk "Test".',
    en: 'The keys for {what} are not stored. Enter them again in the setup wizard and press "Test".',
  },
  'LB-9104': {
    da: 'Datamappen bruges af et andet LedgerBridge-vindue eller en kommando. Luk det andet program og start LedgerBridge igen.',
    en: 'The data folder is in use by another LedgerBridge window or command. Close the other program and start LedgerBridge again.',
  },
  'LB-9105': {
    da: 'Computerens nøglering kan ikke bruges, så nøglerne kan ikke gemmes sikkert: {detail}',
    en: "The computer's keychain cannot be used, so the keys cannot be stored safely: {detail}",
  },
  'LB-9106': {
    da: 'Der er ingen ordrer at vise et eksempel med endnu. Kør en synkronisering eller en prøvekørsel først.',
    en: 'There is no order to show an example with yet. Run a sync or a dry run first.',
  },
  'LB-9107': {
    da: 'Indstillingerne kan ikke gemmes: {detail}',
    en: 'The settings cannot be saved: {detail}',
  },
  'LB-9108': {
    da: 'Fakturamailen kan ikke vises: {detail}',
    en: 'The invoice mail cannot be shown: {detail}',
  },
  'LB-9404': {
    da: 'Ordre {id} findes ikke i LedgerBridges ordreliste.',
    en: 'Order {id} is not in LedgerBridge\'s order list.',
  },
  'LB-9405': {
    da: 'Logposten {id} findes ikke.',
    en: 'Log entry {id} does not exist.',
  },
  'LB-9406': {
    da: 'Ordre {id} har ingen faktura i e-conomic endnu.',
    en: 'Order {id} has no invoice in e-conomic yet.',
  },
} as const;
export type ServiceErrorCode = keyof typeof SERVICE_TEXTS;

export function serviceError(code: ServiceErrorCode, lang: Lang, params: Record<string, string | number> = {}): AppError {
  const text = SERVICE_TEXTS[code][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  return new AppError(code, text);
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
    const what = error.secretName.startsWith('economic') ? 'e-conomic' : error.secretName === 'smtpPassword' ? 'SMTP' : lang === 'da' ? 'butikken' : 'the shop';
    return serviceError('LB-9103', lang, { what });
  }
  if (error instanceof DataDirLockedError) return serviceError('LB-9104', lang);
  if (error instanceof SecretStoreUnavailableError) return serviceError('LB-9105', lang, { detail: error.backendMessage });
  if (error instanceof ProfileInvalidError) return serviceError('LB-9107', lang, { detail: error.explain(lang).join(' ') });
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
