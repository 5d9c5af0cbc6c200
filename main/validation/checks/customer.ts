import type { Order, Party } from '../../../shared/domain/order';
import { dec } from '../../../shared/domain/money';
import { CODES, type ProblemReport } from '../../../shared/errors';
import { checkMailbox } from '../../mail/mailbox';
import type { ValidationContext } from '../context';
import { isEuMember, isKnownCountry } from '../countries';
import { isValidEuVatNumberFormat } from '../vat-number';

/** The invoice mail goes to the billing address: exactly one mailbox (mail/mailbox.ts), or a problem that says why not. */
export function emailProblem(order: Order, email: string): ProblemReport | null {
  const check = checkMailbox(email);
  if (check.ok) return null;
  if (check.problem === 'empty') return { code: CODES.emailMissing, params: { orderNumber: order.number } };
  if (check.problem === 'malformed') return { code: CODES.emailInvalid, params: { orderNumber: order.number, email } };
  return { code: CODES.emailNotOneMailbox, params: { orderNumber: order.number, email, recipients: check.recipients.join(', ') } };
}

function countryProblem(order: Order, party: Party, required: boolean): ProblemReport | null {
  const country = party.country.trim();
  if (country === '') return required ? { code: CODES.countryMissing, params: { orderNumber: order.number } } : null;
  if (!isKnownCountry(country)) return { code: CODES.countryUnknown, params: { orderNumber: order.number, country } };
  return null;
}

export function checkCustomer(order: Order, ctx: ValidationContext): ProblemReport[] {
  const out: ProblemReport[] = [];
  const b = order.billing;
  // Only a customer of its own needs the buyer's name: a collective-customer invoice shows the
  // order number instead (shops that withhold names, such as Shopify without level 2 access).
  // A name the shop withheld is not the order's fault: the order waits for the shop, which one
  // entry for the shop explains (engine/withheld-customer-data.ts).
  const ownCustomer = ctx.profile.customers.mode === 'perBuyer';
  const nameWithheld = order.withheld?.includes('name') ?? false;
  if (ownCustomer && !nameWithheld && b.name.trim() === '' && (b.company ?? '').trim() === '') {
    out.push({ code: CODES.customerNameMissing, params: { orderNumber: order.number } });
  }

  const billingCountry = countryProblem(order, b, true);
  if (billingCountry) out.push(billingCountry);
  if (order.shipping) {
    const shippingCountry = countryProblem(order, order.shipping, false);
    if (shippingCountry && shippingCountry.params.country !== b.country.trim()) out.push(shippingCountry);
  }

  // An e-mail the shop withheld does not stop the invoice: it is booked, and its mail waits for
  // the address (engine/after-booking.ts), as the one entry for the shop says.
  if (ctx.requireEmail && !(order.withheld?.includes('email') && (b.email ?? '').trim() === '')) {
    const problem = emailProblem(order, (b.email ?? '').trim());
    if (problem) out.push(problem);
  }

  const euB2b = checkEuB2b(order, ctx);
  if (euB2b) out.push(euB2b);
  return out;
}

/**
 * An EU business buyer outside the home country may be sold to without VAT
 * (reverse charge) only with a VAT number. When the shop charged no VAT on a
 * taxable sale to an EU company, the number must be there and have the right shape.
 * When the shop did charge VAT, the sale is booked like any domestic one.
 */
export function checkEuB2b(order: Order, ctx: ValidationContext): ProblemReport | null {
  const b = order.billing;
  const country = b.country.trim().toUpperCase();
  if (!isEuMember(country) || country === ctx.profile.homeCountry.toUpperCase()) return null;
  const vatNumber = (b.vatNumber ?? '').trim();
  const isBusiness = (b.company ?? '').trim() !== '' || vatNumber !== '';
  if (!isBusiness) return null;
  const net = dec(order.totals.itemsSubtotal).minus(order.totals.discount);
  const reverseCharge = dec(order.totals.tax).isZero() && net.gt(0);
  if (!reverseCharge) return null;
  if (vatNumber !== '' && isValidEuVatNumberFormat(vatNumber, country)) return null;
  return { code: CODES.euB2bWithoutVatNumber, params: { orderNumber: order.number, country, vatNumber } };
}
