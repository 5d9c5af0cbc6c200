import { EconomicError, type EconomicErrorKind } from '../connectors/economic/errors';
import { ShopError } from '../connectors/shops/types';
import { DataDirLockedError } from '../ledger';
import { MissingSecretError, SecretStoreUnavailableError } from '../secrets';
import { ConfigFileInvalidError, ProfileInvalidError, StoredProfileInvalidError, UnknownProfileError } from '../settings';
import { mapEconomicError, mapShopError } from '../validation';
import type { Platform } from '../../shared/domain/order';
import { CODES, type ProblemReport } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/lang';
import { CONNECTION_WORDS } from '../../shared/i18n/terms';
import { SECRET_NAMES, type SecretName } from '../../shared/profile/schema';
import { ProfileMissingError, ShopNotOpenedError, ShopSetUpTwiceError, ShopWaitsForCopyError } from './errors';
import { redact } from '../../shared/redact';

/**
 * What a failure outside one order means, decided in one place for every front door: the
 * catalogue problem the owner reads (null when the catalogue has none and the error's own
 * message must do), and its kind. The app's service answers with the problem; the command line
 * prints it and exits with the code docs/contracts.md gives the kind. (A failure while one order is
 * transferred is the engine's to judge: `engine/failures.ts`.)
 */
export type FailureKind =
  /** The profile, the config or the command's input is wrong or missing: fix it and run again. */
  | 'usage'
  /** The shop or e-conomic did not answer, or refused the keys: nothing was changed. */
  | 'unreachable'
  /** Another LedgerBridge process holds the data dir. */
  | 'locked'
  /** Anything else. */
  | 'failure';

export interface ClassifiedError {
  kind: FailureKind;
  problem: ProblemReport | null;
}

const ECONOMIC_UNREACHABLE: ReadonlySet<EconomicErrorKind> = new Set(['network', 'server', 'rate-limited', 'auth', 'forbidden']);
const SHOP_UNREACHABLE: ReadonlySet<ShopError['kind']> = new Set(['unreachable', 'server', 'rate-limited', 'auth', 'not-found']);
/** Node's own network failures, for a connection a connector did not wrap. */
const NETWORK_FAILURE = /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT/;

/** The connection a secret signs in to, as the catalogue's {connection} names it. */
function connectionOf(secret: SecretName): keyof typeof CONNECTION_WORDS {
  if ((SECRET_NAMES.economic as readonly string[]).includes(secret)) return 'economic';
  if ((SECRET_NAMES.mail as readonly string[]).includes(secret)) return 'mail';
  return 'shop';
}

export function classifyError(error: unknown, ctx: { lang: Lang; platform?: Platform }): ClassifiedError {
  if (error instanceof ShopError) {
    return { kind: SHOP_UNREACHABLE.has(error.kind) ? 'unreachable' : 'failure', problem: mapShopError(error, { platform: ctx.platform }) };
  }
  if (error instanceof EconomicError) {
    return { kind: ECONOMIC_UNREACHABLE.has(error.kind) ? 'unreachable' : 'failure', problem: mapEconomicError(error, { orderNumber: '' }) };
  }
  if (error instanceof MissingSecretError) {
    return { kind: 'usage', problem: { code: CODES.secretMissing, params: { connection: CONNECTION_WORDS[connectionOf(error.secretName)][ctx.lang] } } };
  }
  if (error instanceof DataDirLockedError) return { kind: 'locked', problem: { code: CODES.dataDirLocked, params: {} } };
  if (error instanceof SecretStoreUnavailableError) {
    return { kind: 'failure', problem: { code: CODES.keychainUnavailable, params: { detail: error.backendMessage } } };
  }
  if (error instanceof ProfileInvalidError) {
    return { kind: 'usage', problem: { code: CODES.profileInvalid, params: { detail: error.explain(ctx.lang).join(' ') } } };
  }
  if (error instanceof StoredProfileInvalidError) {
    return { kind: 'usage', problem: { code: CODES.storedProfileInvalid, params: { shop: error.profileName, file: error.path, detail: error.explain(ctx.lang).join('; ') } } };
  }
  if (error instanceof ProfileMissingError) return { kind: 'usage', problem: { code: CODES.setupNotFinished, params: {} } };
  if (error instanceof ShopNotOpenedError) {
    const detail = redact(error.cause instanceof Error ? error.cause.message : String(error.cause));
    return { kind: 'failure', problem: { code: CODES.shopNotOpened, params: { shop: error.profile, file: error.file, detail } } };
  }
  if (error instanceof ShopWaitsForCopyError) return { kind: 'failure', problem: { code: CODES.shopWaitsForCopy, params: { shop: error.profile, firstShop: error.other } } };
  if (error instanceof ShopSetUpTwiceError) return { kind: 'usage', problem: { code: CODES.shopSetUpTwice, params: { shop: error.profile, firstShop: error.other } } };
  if (error instanceof ConfigFileInvalidError || error instanceof UnknownProfileError) return { kind: 'usage', problem: null };
  if (error instanceof Error && NETWORK_FAILURE.test(error.message)) return { kind: 'unreachable', problem: null };
  return { kind: 'failure', problem: null };
}
