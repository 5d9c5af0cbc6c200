export * from './client';
export * from './types';
export * from './errors';
export * from './call-budget';
export { toWireAmount, toWireNumber, readAmount, readDecimal, type WireDecimal } from './amounts';
export { agreementKeyFor, agreementKeyForNumber, DEFAULT_DAILY_LIMIT } from './fair-use';
export { parseErrorEnvelope, type ParsedEnvelope } from './error-envelope';
export type { CallInfo } from './transport';
export type { AgreementIdentity } from './agreement';
