import { createHash } from 'node:crypto';
import type { EconomicClient } from '../connectors/economic/client';
import { filterValue } from '../connectors/economic/client';
import type { Customer } from '../connectors/economic/types';
import type { Ledger } from '../ledger';
import type { Order } from '../../shared/domain/order';
import type { Profile } from '../../shared/profile/schema';
import { operationKey } from './idempotency';
import { cleanText, countryName } from './plan/text';
import { vatZoneFor } from './plan/vat-zone';

/**
 * One e-conomic customer per buyer: matched by e-mail, then by VAT/CVR number, before
 * one is created; matches are cached in the ledger so each buyer costs one lookup once.
 */
export class BuyerCustomers {
  private readonly pending = new Map<string, Promise<number>>();

  constructor(
    private readonly client: EconomicClient,
    private readonly ledger: Ledger,
    private readonly profile: Profile,
  ) {}

  static buyerKey(order: Order): string {
    const identity = (order.billing.email ?? order.billing.vatNumber ?? order.billing.name).trim().toLowerCase();
    return createHash('sha256').update(identity).digest('hex').slice(0, 24);
  }

  resolve(order: Order): Promise<number> {
    const key = BuyerCustomers.buyerKey(order);
    const cached = this.ledger.kv.get(`customer:${key}`);
    if (cached) return Promise.resolve(Number(cached));
    let running = this.pending.get(key);
    if (!running) {
      running = this.findOrCreate(order, key).finally(() => this.pending.delete(key));
      this.pending.set(key, running);
    }
    return running;
  }

  private async find(order: Order): Promise<Customer | null> {
    const { email, vatNumber } = order.billing;
    if (email) {
      const byEmail = await this.client.findCustomers(`email$eq:${filterValue(email)}`);
      if (byEmail.length > 0) return byEmail[0];
    }
    if (vatNumber) {
      const digits = vatNumber.replace(/^[A-Z]{2}/i, '');
      const byCvr = await this.client.findCustomers(`corporateIdentificationNumber$eq:${filterValue(digits)}`);
      if (byCvr.length > 0) return byCvr[0];
    }
    return null;
  }

  private async findOrCreate(order: Order, key: string): Promise<number> {
    const found = await this.find(order);
    let customerNumber: number;
    if (found?.customerNumber) {
      customerNumber = found.customerNumber;
    } else {
      const opKey = operationKey(this.profile.name, `customer:${key}`, 'create-customer', 0);
      const attempt = this.ledger.operations.begin({ key: opKey, orderId: order.id, step: 'create-customer' }).record.key;
      const b = order.billing;
      const zone = vatZoneFor(order, this.profile);
      const created = await this.client.createCustomer(
        {
          name: cleanText(b.company || b.name, 255),
          currency: order.currency,
          customerGroup: { customerGroupNumber: this.profile.customers.customerGroupNumber },
          paymentTerms: { paymentTermsNumber: this.profile.paymentMethods[order.payment.id]?.paymentTermsNumber ?? this.profile.paymentTermsNumber },
          vatZone: { vatZoneNumber: zone.number },
          ...(b.email ? { email: cleanText(b.email, 255) } : {}),
          ...(b.address1 ? { address: cleanText([b.address1, b.address2].filter(Boolean).join(', '), 510) } : {}),
          ...(b.zip ? { zip: cleanText(b.zip, 30) } : {}),
          ...(b.city ? { city: cleanText(b.city, 50) } : {}),
          ...(b.country ? { country: cleanText(countryName(b.country), 50) } : {}),
          ...(b.vatNumber ? { corporateIdentificationNumber: cleanText(b.vatNumber.replace(/^DK/i, ''), 40) } : {}),
          ...(b.ean ? { ean: cleanText(b.ean, 40) } : {}),
          ...(b.phone ? { telephoneAndFaxNumber: cleanText(b.phone, 255) } : {}),
        },
        attempt,
      );
      customerNumber = created.customerNumber;
      this.ledger.operations.complete(attempt, { customerNumber });
    }
    this.ledger.kv.set(`customer:${key}`, String(customerNumber));
    return customerNumber;
  }
}
