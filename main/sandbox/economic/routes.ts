import { Router } from './router';
import * as md from './resources/master-data';
import * as inv from './resources/invoices';
import * as jr from './resources/journals';
import * as att from './resources/voucher-attachments';
import * as ay from './resources/accounting-years';
import { REFERENCE_RESOURCES, getReference, getSelf, listReference, productGroupSalesAccounts } from './resources/reference';

/** The e-conomic REST surface the sandbox implements. */
export function apiRouter(): Router {
  const r = new Router();
  r.add('GET', '/self', getSelf);
  for (const ref of REFERENCE_RESOURCES) {
    r.add('GET', `/${ref.path}`, listReference(ref));
    r.add('GET', `/${ref.path}/:${ref.idParam}`, getReference(ref));
  }
  r.add('GET', '/product-groups/:productGroupNumber/sales-accounts', productGroupSalesAccounts);

  r.add('GET', '/customers', md.listCustomers).add('POST', '/customers', md.createCustomer, 'customers.post');
  r.add('GET', '/customers/:customerNumber', md.getCustomer).add('PUT', '/customers/:customerNumber', md.replaceCustomer, 'customers.customerNo.put').add('DELETE', '/customers/:customerNumber', md.deleteCustomer);
  r.add('GET', '/products', md.listProducts).add('POST', '/products', md.createProduct, 'products.post');
  r.add('GET', '/products/:productNumber', md.getProduct).add('PUT', '/products/:productNumber', md.replaceProduct, 'products.productNumber.put').add('DELETE', '/products/:productNumber', md.deleteProduct);

  r.add('GET', '/invoices', inv.invoicesRoot);
  r.add('GET', '/invoices/drafts', inv.listDrafts).add('POST', '/invoices/drafts', inv.createDraft, 'invoices.drafts.post').add('DELETE', '/invoices/drafts', inv.deleteDrafts);
  r.add('GET', '/invoices/drafts/:draftInvoiceNumber', inv.getDraft).add('PUT', '/invoices/drafts/:draftInvoiceNumber', inv.replaceDraft, 'invoices.drafts.draftInvoiceNumber.put').add('DELETE', '/invoices/drafts/:draftInvoiceNumber', inv.deleteDraft);
  r.add('GET', '/invoices/drafts/:draftInvoiceNumber/templates', inv.draftTemplates);
  r.add('GET', '/invoices/drafts/:draftInvoiceNumber/templates/booking-instructions', inv.bookingInstructions);
  r.add('GET', '/invoices/drafts/:draftInvoiceNumber/pdf', inv.draftPdf);
  r.add('GET', '/invoices/booked', inv.listBooked).add('POST', '/invoices/booked', inv.bookInvoice, 'invoices.booked.post');
  r.add('GET', '/invoices/booked/:bookedInvoiceNumber', inv.getBooked).add('PUT', '/invoices/booked/:bookedInvoiceNumber', inv.bookInvoiceWithNumber, 'invoices.booked.bookWithNumber.put');
  r.add('GET', '/invoices/booked/:bookedInvoiceNumber/pdf', inv.bookedPdf);
  r.add('GET', '/invoices/paid', inv.listPaid).add('GET', '/invoices/unpaid', inv.listUnpaid);
  r.add('GET', '/invoices/overdue', inv.listOverdue).add('GET', '/invoices/not-due', inv.listNotDue);

  r.add('POST', '/journals/:journalNumber/vouchers', jr.postVouchers, 'journals.journalNumber.vouchers.post').add('GET', '/journals/:journalNumber/vouchers', jr.listVouchers);
  r.add('GET', '/journals/:journalNumber/entries', jr.listEntries);
  r.add('GET', '/journals/:journalNumber/vouchers/:voucherId/attachment', att.getAttachment);
  r.addUpload('POST', '/journals/:journalNumber/vouchers/:voucherId/attachment/file', att.postAttachmentFile).add('GET', '/journals/:journalNumber/vouchers/:voucherId/attachment/file', att.getAttachmentFile);
  r.add('GET', '/accounting-years', ay.listAccountingYears).add('GET', '/accounting-years/:accountingYear', ay.getAccountingYear);
  r.add('GET', '/accounting-years/:accountingYear/entries', ay.listYearEntries);
  return r;
}
