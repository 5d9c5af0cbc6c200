import type { Amount } from '../../../shared/domain/money';
import type { VatZoneKind } from './vat-zone';

export type PlannedLineSource = 'product' | 'shipping' | 'fee' | 'gift-card' | 'rounding' | 'refund' | 'refund-shipping' | 'refund-amount';

export interface PlannedLine {
  source: PlannedLineSource;
  /** The shop line this came from, when any. */
  lineId?: string;
  productNumber: string;
  description: string;
  quantity: string;
  unitNetPrice: Amount;
  /** VAT rate in percent we expect e-conomic to apply in this VAT zone. */
  expectedVatRate: string;
}

export interface ProductToCreate {
  productNumber: string;
  name: string;
  productGroupNumber: number;
  salesPrice: Amount;
}

export interface PlannedRecipient {
  name: string;
  address: string;
  zip: string;
  city: string;
  country: string;
  ean?: string;
  vatZoneNumber: number;
}

export type CustomerChoice =
  | { mode: 'fixed'; customerNumber: number }
  | {
      mode: 'perBuyer';
      /** Known once resolved against e-conomic; null in a dry run for a new buyer. */
      customerNumber: number | null;
      email: string | null;
      vatNumber: string | null;
      name: string;
    };

/** The exact e-conomic invoice LedgerBridge would create for one order (or credit note for one refund). */
export interface PlannedInvoice {
  kind: 'invoice' | 'credit-note';
  orderId: string;
  orderNumber: string;
  refundId?: string;
  /** Links a credit note to the booked invoice it credits. */
  creditsInvoiceNumber?: number;
  date: string;
  currency: string;
  customer: CustomerChoice;
  recipient: PlannedRecipient;
  delivery?: { address: string; zip: string; city: string; country: string };
  vatZone: VatZoneKind;
  /** A One-Stop-Shop sale: booked at this EU country's VAT on its OSS products. */
  oss?: { country: string };
  layoutNumber: number;
  paymentTermsNumber: number;
  referenceOther: string;
  notes: { heading: string; textLine1?: string };
  lines: PlannedLine[];
  productsToCreate: ProductToCreate[];
  /** What the shop says the customer pays (gift cards deducted); the booked gross must equal it. */
  shopTotal: Amount;
  /** Our prediction of e-conomic's totals (e-conomic's own figures decide; see the totals check). */
  predicted: { net: Amount; vat: Amount; gross: Amount; rounding: Amount };
}
