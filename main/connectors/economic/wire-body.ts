import { toWireNumber, type WireDecimal } from './amounts';
import type { CustomerInput, DraftInvoiceInput, DraftInvoiceLineInput, JournalVoucherInput, ProductInput } from './types';

/**
 * Turns request documents into what goes on the wire: decimal strings (or numbers) become JSON
 * numbers with at most two decimals (exchange rates: six), rounded half-up from the decimal
 * value, never via float arithmetic. Undefined properties stay absent — e-conomic rejects null.
 */

type Places = Record<string, number>;

function convert<T extends object>(obj: T, places: Places): T {
  const out: Record<string, unknown> = { ...(obj as Record<string, unknown>) };
  for (const [key, p] of Object.entries(places)) {
    const v = out[key];
    if (v === undefined || v === null) delete out[key];
    else out[key] = toWireNumber(v as WireDecimal, p);
  }
  return out as T;
}

const LINE_PLACES: Places = { quantity: 2, unitNetPrice: 2, discountPercentage: 2, unitCostPrice: 2 };

export function draftInvoiceToWire(body: DraftInvoiceInput): DraftInvoiceInput {
  const out = convert(body, { exchangeRate: 6 });
  if (body.lines) out.lines = body.lines.map((line: DraftInvoiceLineInput) => convert(line, LINE_PLACES));
  return out;
}

export function productToWire(body: ProductInput): ProductInput {
  return convert(body, { salesPrice: 2, costPrice: 2, recommendedPrice: 2 });
}

export function customerToWire(body: CustomerInput): CustomerInput {
  return convert(body, { creditLimit: 2 });
}

const ENTRY_PLACES: Places = { amount: 2, amountBaseCurrency: 2, contraVatAmount: 2, exchangeRate: 6 };

export function journalVoucherToWire(body: JournalVoucherInput): JournalVoucherInput {
  const entries: JournalVoucherInput['entries'] = {};
  if (body.entries.customerPayments) entries.customerPayments = body.entries.customerPayments.map((e) => convert(e, ENTRY_PLACES));
  if (body.entries.financeVouchers) entries.financeVouchers = body.entries.financeVouchers.map((e) => convert(e, ENTRY_PLACES));
  if (body.entries.manualCustomerInvoices) entries.manualCustomerInvoices = body.entries.manualCustomerInvoices.map((e) => convert(e, ENTRY_PLACES));
  return { ...body, entries };
}
