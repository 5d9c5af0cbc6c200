import type { EconomicError, EconomicFieldError } from '../connectors/economic/errors';
import { CODES, type ErrorCode, type ProblemReport, type TechnicalDetail } from '../../shared/errors';
import { redact } from '../../shared/redact';

const CLOSED_YEAR = /accounting year|regnskabsår|accountingyear/i;
const READ_ONLY = /read[- ]?only|demo|skrivebeskyttet|licen[sc]e/i;
const BARRED = /barred|spærret/i;

function valueText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The path of the line a field belongs to ("lines[1].quantity" → "lines[1]"); a bare "quantity" stays. */
function linePath(path: string): string {
  const m = /^(lines\[\d+\])/.exec(path);
  return m ? m[1] : path;
}

interface FieldRule {
  test: (f: EconomicFieldError) => boolean;
  report: (f: EconomicFieldError, orderNumber: string) => { code: ErrorCode; params: ProblemReport['params'] };
}

/** Most specific first: the first rule that matches any field decides the code. */
const FIELD_RULES: FieldRule[] = [
  { test: (f) => CLOSED_YEAR.test(f.message), report: (f, o) => ({ code: CODES.accountingYearClosed, params: { orderNumber: o, date: f.path === 'date' ? valueText(f.value) : '' } }) },
  { test: (f) => BARRED.test(f.message), report: (f, o) => ({ code: CODES.productBarred, params: { orderNumber: o, sku: valueText(f.value) } }) },
  { test: (f) => f.errorCode === 'E04740', report: (f, o) => ({ code: CODES.priceDecimals, params: { orderNumber: o, field: f.path, value: valueText(f.value) } }) },
  { test: (f) => f.errorCode === 'E07180', report: (_f, o) => ({ code: CODES.paymentTermsTypeMismatch, params: { orderNumber: o } }) },
  { test: (f) => f.errorCode === 'E07080', report: (f, o) => ({ code: CODES.paymentTermsNotFound, params: { orderNumber: o, value: valueText(f.value) } }) },
  { test: (f) => f.errorCode === 'E06000', report: (f, o) => ({ code: CODES.referencedEntityMissing, params: { orderNumber: o, field: f.path, value: valueText(f.value) } }) },
  { test: (f) => f.errorCode === 'E04730', report: (f, o) => ({ code: CODES.quantityRequired, params: { orderNumber: o, field: linePath(f.path) } }) },
  { test: (f) => f.errorCode === 'E04500', report: (f, o) => ({ code: CODES.productIdentifierMissing, params: { orderNumber: o, field: f.path.replace(/\.productNumber$/, '') } }) },
];

function technical(err: EconomicError, field?: EconomicFieldError): TechnicalDetail {
  const all = err.fields.map((f) => `${f.path}: ${f.errorCode ?? '-'} ${f.message}${f.value !== undefined ? ` (${valueText(f.value)})` : ''}`);
  return {
    httpStatus: err.detail.status,
    logId: err.detail.logId ?? undefined,
    fieldPath: field?.path,
    economicErrorCode: field?.errorCode ?? err.detail.errorCode ?? undefined,
    requestId: err.detail.method && err.detail.path ? `${err.detail.method} ${err.detail.path}` : undefined,
    message: redact([err.message, ...all].join('\n')),
  };
}

/**
 * Turns an error from the e-conomic client into a catalogue problem that names
 * the order and the field in plain words. e-conomic's own text and log id are
 * kept in `technical` for support.
 */
export function mapEconomicError(err: EconomicError, ctx: { orderNumber: string }): ProblemReport {
  const o = ctx.orderNumber;
  switch (err.kind) {
    case 'validation': {
      for (const rule of FIELD_RULES) {
        const field = err.fields.find(rule.test);
        if (field) return { ...rule.report(field, o), technical: technical(err, field) };
      }
      if (CLOSED_YEAR.test(err.message)) return { code: CODES.accountingYearClosed, params: { orderNumber: o }, technical: technical(err) };
      const first = err.fields[0];
      return {
        code: CODES.economicValidation,
        params: { orderNumber: o, field: first?.path ?? '', detail: redact(first?.message ?? err.message) },
        technical: technical(err, first),
      };
    }
    case 'auth':
      return { code: CODES.economicAuthFailed, params: {}, technical: technical(err) };
    case 'forbidden':
      if (READ_ONLY.test(err.message) || err.fields.some((f) => READ_ONLY.test(f.message))) {
        return { code: CODES.economicReadOnly, params: {}, technical: technical(err) };
      }
      return { code: CODES.economicForbidden, params: { detail: err.detail.method && err.detail.path ? `${err.detail.method} ${err.detail.path}` : '' }, technical: technical(err) };
    case 'not-found':
      return { code: CODES.draftGone, params: { orderNumber: o, draftNumber: /\/invoices\/drafts\/(\d+)/.exec(err.detail.path ?? '')?.[1] ?? '' }, technical: technical(err) };
    case 'conflict':
      return { code: CODES.draftConflict, params: { orderNumber: o, draftNumber: /\/invoices\/drafts\/(\d+)/.exec(err.detail.path ?? '')?.[1] ?? '' }, technical: technical(err) };
    case 'rate-limited':
      return { code: CODES.economicRateLimited, params: {}, technical: technical(err) };
    case 'budget-exhausted':
      return { code: CODES.dailyBudgetExhausted, params: { max: /its (\d[\d,.]*) API calls/.exec(err.message)?.[1] ?? '' }, technical: technical(err) };
    case 'server':
      return { code: CODES.economicServerError, params: {}, technical: technical(err) };
    case 'network':
      return { code: CODES.economicUnreachable, params: {}, technical: technical(err) };
    case 'unsupported':
      return { code: CODES.internal, params: { orderNumber: o, detail: `e-conomic ${err.detail.status ?? ''}`.trim() }, technical: technical(err) };
  }
}
