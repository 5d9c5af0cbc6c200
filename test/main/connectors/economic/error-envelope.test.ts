import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseErrorEnvelope } from '../../../../main/connectors/economic';

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '../../../fixtures/reference/economic', name), 'utf8'));

describe('parseErrorEnvelope', () => {
  it('reads the 2019 documented envelope, with array positions in the path', () => {
    const parsed = parseErrorEnvelope(fixture('error-validation-400.restdocs-example.json'));
    expect(parsed.logId).toBe('c7ca5bc2-ad2d-4639-93f9-b22ba88c97d7');
    expect(parsed.developerHint).toBe('Inspect validation errors and correct your request.');
    expect(parsed.message).toBe('Validation error.');
    expect(parsed.fields.map((f) => [f.path, f.errorCode])).toEqual([
      ['currency', 'E06000'],
      ['customer', 'E06000'],
      ['lines[0].unit', 'E06000'],
      ['lines[0].unitNetPrice', 'E04740'],
      ['lines[1].product', 'E04500'],
      ['quantity', 'E04730'],
    ]);
    const price = parsed.fields.find((f) => f.path === 'lines[0].unitNetPrice')!;
    expect(price.message).toBe('unitNetPrice scale cannot be greater then two decimal places.');
    expect(price.value).toBe(10.12345);
    expect(parsed.fields.find((f) => f.path === 'lines[1].product')).not.toHaveProperty('value');
  });

  it('reads the 2024 live envelope with its renamed item fields', () => {
    const parsed = parseErrorEnvelope(fixture('error-validation-400.2024.json'));
    expect(parsed.errorCode).toBe('E04300');
    expect(parsed.logId).toBe('86d2a1f150c392bb-CPH');
    expect(parsed.fields).toEqual([
      {
        path: 'paymentTerms',
        errorCode: 'E07080',
        message: "PaymentTerms '4711' not found.",
        value: 4711,
        developerHint: 'Find a list of paymentTermss at https://restapi.e-conomic.com/payment-terms .',
      },
      expect.objectContaining({ path: 'paymentTermsType', errorCode: 'E07180', value: 'invoiceMonth' }),
    ]);
  });

  it('reads the single-property conflict of the OpenAPI family', () => {
    const parsed = parseErrorEnvelope({ message: 'Update conflict. Version does not match.', logId: 'x', property: 'version' });
    expect(parsed.fields).toEqual([{ path: 'version', errorCode: null, message: 'Update conflict. Version does not match.' }]);
  });

  it('copes with bodies that are not an envelope', () => {
    expect(parseErrorEnvelope(undefined)).toEqual({ message: null, errorCode: null, logId: null, developerHint: null, fields: [] });
    expect(parseErrorEnvelope('<html>Bad gateway</html>').fields).toEqual([]);
  });
});
