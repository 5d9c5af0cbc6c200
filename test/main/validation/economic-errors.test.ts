import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseErrorEnvelope } from '../../../main/connectors/economic/error-envelope';
import { EconomicError, type EconomicErrorKind } from '../../../main/connectors/economic/errors';
import { ShopError } from '../../../main/connectors/shops/types';
import { mapEconomicError, mapShopError } from '../../../main/validation';
import { describe as describeProblem } from '../../../shared/errors';
import { registerSecret } from '../../../shared/redact';

const REF = join(__dirname, '..', '..', 'fixtures', 'reference', 'economic');

/** An EconomicError the way the client builds it from a real 400 body. */
function fromEnvelope(file: string): EconomicError {
  const env = parseErrorEnvelope(JSON.parse(readFileSync(join(REF, file), 'utf8')));
  return new EconomicError('validation', env.message ?? 'Validation error', { status: 400, logId: env.logId, errorCode: env.errorCode, fields: env.fields, method: 'POST', path: '/invoices/drafts' });
}

function validation(fields: Array<{ path: string; errorCode: string | null; message: string; value?: unknown }>, message = 'Validation failed.'): EconomicError {
  return new EconomicError('validation', message, { status: 400, logId: 'abc-CPH', fields });
}

describe('mapEconomicError', () => {
  it('turns the 2024 payment-terms rejection into the payment-terms problem with e-conomic\'s log id', () => {
    const p = mapEconomicError(fromEnvelope('error-validation-400.2024.json'), { orderNumber: '1042' });
    expect(p.code).toBe('LB-3006');
    expect(p.technical).toMatchObject({ httpStatus: 400, logId: '86d2a1f150c392bb-CPH', economicErrorCode: 'E07180', fieldPath: 'paymentTermsType' });
    expect(p.technical?.message).toContain("PaymentTerms '4711' not found.");
    expect(describeProblem(p.code, p.params).message).toContain('Ordre 1042');
  });

  it('names the decimals problem on the line in plain words (restdocs envelope)', () => {
    const p = mapEconomicError(fromEnvelope('error-validation-400.restdocs-example.json'), { orderNumber: '7' });
    expect(p.code).toBe('LB-3005');
    expect(p.params).toMatchObject({ field: 'lines[0].unitNetPrice', value: '10.12345' });
    expect(describeProblem(p.code, p.params, 'en').message).toBe('Order 7: the unit price on line 1 is 10.12345, but e-conomic accepts prices with at most two decimals.');
    expect(describeProblem(p.code, p.params, 'da').message).toContain('enhedsprisen på linje 1');
  });

  it('maps a missing referenced entity (E06000) with the field and the value', () => {
    const p = mapEconomicError(validation([{ path: 'currency', errorCode: 'E06000', message: 'currency does not exist.', value: 'ZUL' }]), { orderNumber: '9' });
    expect(p.code).toBe('LB-3004');
    expect(describeProblem(p.code, p.params, 'en').message).toBe('Order 9: the currency "ZUL" does not exist in e-conomic.');
  });

  it('maps a missing quantity to the line, not to the property', () => {
    const p = mapEconomicError(validation([{ path: 'lines[2].quantity', errorCode: 'E04730', message: 'Property quantity must have a value when product is set.' }]), { orderNumber: '9' });
    expect(p.code).toBe('LB-3008');
    expect(describeProblem(p.code, p.params, 'en').message).toContain('line 3 has no quantity');
  });

  it('recognises a closed accounting year in English and Danish', () => {
    const en = mapEconomicError(validation([{ path: 'date', errorCode: 'E04300', message: 'The accounting year for the date 2019-03-01 is closed.', value: '2019-03-01' }]), { orderNumber: '3' });
    expect(en.code).toBe('LB-3002');
    expect(en.params.date).toBe('2019-03-01');
    const da = mapEconomicError(validation([], 'Regnskabsår 2019 er lukket'), { orderNumber: '3' });
    expect(da.code).toBe('LB-3002');
  });

  it('recognises a barred product', () => {
    const p = mapEconomicError(validation([{ path: 'lines[0].product', errorCode: 'E04300', message: 'Product is barred.', value: 'SKU-1' }]), { orderNumber: '4' });
    expect(p).toMatchObject({ code: 'LB-3003', params: { sku: 'SKU-1' } });
  });

  it('falls back to the generic rejection naming the field and e-conomic\'s words', () => {
    const p = mapEconomicError(validation([{ path: 'recipient.vatZone', errorCode: 'E09999', message: 'Something new.' }]), { orderNumber: '5' });
    expect(p.code).toBe('LB-3099');
    expect(describeProblem(p.code, p.params, 'en').message).toBe('Order 5: e-conomic rejected the invoice because of the VAT zone: Something new.');
  });

  it('tells a read-only or demo agreement apart from a missing app role', () => {
    const readOnly = new EconomicError('forbidden', 'The license is read-only.', { status: 403 });
    expect(mapEconomicError(readOnly, { orderNumber: '1' }).code).toBe('LB-4003');
    const role = new EconomicError('forbidden', 'Forbidden', { status: 403, method: 'POST', path: '/invoices/booked' });
    expect(mapEconomicError(role, { orderNumber: '1' })).toMatchObject({ code: 'LB-4002', params: { detail: 'POST /invoices/booked' } });
  });

  it.each<[EconomicErrorKind, string]>([
    ['auth', 'LB-4001'],
    ['network', 'LB-4004'],
    ['server', 'LB-4005'],
    ['rate-limited', 'LB-5001'],
    ['conflict', 'LB-3011'],
    ['not-found', 'LB-3010'],
    ['unsupported', 'LB-9001'],
  ])('maps kind %s to %s', (kind, code) => {
    expect(mapEconomicError(new EconomicError(kind, 'x', { path: '/invoices/drafts/12' }), { orderNumber: '1' }).code).toBe(code);
  });

  it('reads the daily limit out of the fair-use guard\'s message', () => {
    const err = new EconomicError('budget-exhausted', 'Did not call e-conomic (POST /invoices/drafts): this agreement has used its 50000 API calls for the last 24 hours', {});
    const p = mapEconomicError(err, { orderNumber: '1' });
    expect(p).toMatchObject({ code: 'LB-5002', params: { max: '50000' } });
  });

  it('keeps secrets out of the technical details', () => {
    registerSecret('agr-grant-token-XYZ-123456');
    const err = new EconomicError('server', 'failed with X-AgreementGrantToken: agr-grant-token-XYZ-123456', {});
    expect(JSON.stringify(mapEconomicError(err, { orderNumber: '1' }))).not.toContain('agr-grant-token-XYZ-123456');
  });
});

describe('mapShopError', () => {
  it.each([
    ['auth', 'LB-4011'],
    ['not-found', 'LB-4014'],
    ['unreachable', 'LB-4012'],
    ['rate-limited', 'LB-5003'],
    ['server', 'LB-4013'],
    ['bad-response', 'LB-4013'],
    ['config', 'LB-2009'],
  ] as const)('maps %s to %s and names the platform', (kind, code) => {
    const p = mapShopError(new ShopError(kind, 'x'), { platform: 'woocommerce' });
    expect(p.code).toBe(code);
    expect(describeProblem(p.code, p.params, 'en').message).not.toContain('–');
  });

  it('drops the query string, where WooCommerce keys travel, from the URL', () => {
    const err = new ShopError('auth', 'HTTP 401', { status: 401, url: 'https://butik.dk/wp-json/wc/v3/orders?consumer_key=ck_abcdef123456&consumer_secret=cs_987654321' });
    const json = JSON.stringify(mapShopError(err, { platform: 'woocommerce' }));
    expect(json).toContain('https://butik.dk/wp-json/wc/v3/orders');
    expect(json).not.toContain('ck_abcdef123456');
    expect(json).not.toContain('cs_987654321');
  });
});
