import type { Order } from '../../shared/domain/order';
import { chooseMailLanguage, buildInvoiceMailVars } from '../../shared/mail';
import type { EconomicClient } from '../connectors/economic/client';
import type { Ledger } from '../ledger';
import type { LogStore } from '../log';
import type { MailOutbox } from '../mail';
import { storeInvoicePdf, storedInvoicePdfPath } from '../mail';
import { existsSync } from 'node:fs';
import { MailRenderError } from '../../shared/mail';
import type { Profile } from '../../shared/profile/schema';
import type { EconomicReference } from './reference-data';
import { EconomicError } from '../connectors/economic/errors';
import type { KeptBooked } from './kept-answers';
import { dec, money } from '../../shared/domain/money';
import { crashPoint } from './crash-points';
import { CODES } from '../../shared/errors';

/**
 * What happens once an invoice is booked: with invoices from e-conomic, the booked PDF
 * is downloaded, kept in the data dir and queued for our own mail (exactly one outbox
 * row per invoice). The order is 'done' once that is queued. Safe to run twice.
 */
export class AfterBooking {
  constructor(
    private readonly deps: {
      profile: Profile;
      ledger: Ledger;
      client: EconomicClient;
      reference: EconomicReference;
      outbox: MailOutbox | null;
      log: LogStore;
      dataDir: string;
      shop: { name: string; url: string };
      /** Registers the customer payment for payment methods that have it (money flows). */
      queuePayment: (order: Order, invoice: KeptBooked) => Promise<unknown>;
    },
  ) {}

  async run(order: Order, invoice: KeptBooked): Promise<void> {
    const { profile, ledger, outbox } = this.deps;
    const bookedNumber = invoice.bookedInvoiceNumber;
    if (profile.invoiceSource === 'economic' && outbox && order.billing.email && !outbox.get(bookedNumber) && invoice.date) {
      try {
        await this.queueMail(order, invoice, outbox);
      } catch (error) {
        const params = { orderNumber: order.number, invoiceNumber: bookedNumber };
        if (error instanceof MailRenderError) {
          this.deps.log.report({ code: 'LB-6008', orderId: order.id, profile: profile.name, params: { ...params, detail: error.texts[profile.language] } });
        } else {
          const technical = error instanceof EconomicError ? { httpStatus: error.detail.status, logId: error.detail.logId ?? undefined, message: error.message } : { message: String(error) };
          this.deps.log.report({ code: 'LB-6005', orderId: order.id, profile: profile.name, params, technical });
        }
        return; // stays 'booked'; the next cycle tries again (the PDF is kept, so no new download)
      }
      crashPoint('after-mail-queued');
    }
    await this.deps.queuePayment(order, invoice);
    // The shop withheld the buyer's e-mail (Shopify without protected-customer-data approval):
    // the invoice is booked and its mail waits for the address, which a later sync reads
    // (engine/withheld-customer-data.ts); the one entry for the shop says so, not one per order.
    const mailWaits = profile.invoiceSource === 'economic' && outbox !== null && !order.billing.email && (order.withheld?.includes('email') ?? false);
    ledger.orders.transition(order.id, 'done', { bookedNumber, by: 'engine', ...(mailWaits ? { reasonCode: CODES.shopCustomerDataWithheld, reasonDetail: { params: {}, withheld: ['email'] } } : {}) });
  }

  /** Finishes an order left 'booked' (e.g. by a crash or a failed PDF download). */
  async resume(order: Order, bookedNumber: number): Promise<void> {
    const needsInvoice = this.deps.profile.invoiceSource === 'economic' && this.deps.outbox && !this.deps.outbox.get(bookedNumber);
    const invoice = needsInvoice ? await this.deps.client.getBookedInvoice(bookedNumber) : null;
    await this.run(order, invoice ?? ({ bookedInvoiceNumber: bookedNumber } as KeptBooked));
  }

  private async queueMail(order: Order, invoice: KeptBooked, outbox: MailOutbox): Promise<void> {
    const { client, profile, reference, dataDir, shop } = this.deps;
    const bookedNumber = invoice.bookedInvoiceNumber;
    const kept = storedInvoicePdfPath(dataDir, bookedNumber);
    const pdfPath = existsSync(kept) ? kept : storeInvoicePdf(dataDir, bookedNumber, await client.downloadBookedInvoicePdf(bookedNumber));
    const terms = invoice.paymentTerms ?? (await client.getBookedInvoice(bookedNumber))?.paymentTerms;
    if (!terms) throw new Error(`booked invoice ${bookedNumber} has no payment terms in e-conomic`);
    crashPoint('after-pdf-stored');
    const language = chooseMailLanguage(order.billing.country);
    outbox.enqueue({
      invoiceNumber: bookedNumber,
      orderId: order.id,
      to: order.billing.email!,
      language,
      pdfPath,
      template: profile.mail.templates[language],
      vars: buildInvoiceMailVars(
        order,
        {
          number: bookedNumber,
          date: invoice.date,
          dueDate: invoice.dueDate ?? invoice.date,
          grossAmount: money(dec(String(invoice.grossAmount))),
          currency: invoice.currency,
          paymentTermsName: terms.name ?? reference.paymentTermsName(terms.paymentTermsNumber),
        },
        shop,
        { name: reference.self.company?.name ?? shop.name },
      ),
    });
  }
}
