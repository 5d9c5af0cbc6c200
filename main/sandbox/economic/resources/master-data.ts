import { collectionResponse, type CollectionSpec } from '../collection';
import { created, ok, type Ctx, type Reply } from '../context';
import { ApiError, notFound } from '../errors';
import { decodeProductNumber } from '../product-number';
import { customerBalances, customerDoc, productDoc, productSelf } from '../render';
import { validateCustomer } from '../validation/customer';
import { validateProduct } from '../validation/product';
import { badRequest } from '../errors';

/** Customers and products: CRUD as restdocs describes (DELETE → 204). */

const CUSTOMER_SPEC: CollectionSpec = {
  schema: 'customers.get',
  defaultSort: 'customerNumber',
  createDescription: 'Create a new customer',
};

const PRODUCT_SPEC: CollectionSpec = {
  schema: 'products.get',
  defaultSort: 'productNumber',
  createDescription: 'Create a new product',
};

function customerNumberParam(ctx: Ctx): number {
  const n = Number(ctx.params.customerNumber);
  if (!Number.isInteger(n) || n < 1) throw notFound('Customer', 'customerNumber must be a positive integer.');
  return n;
}

export function listCustomers(ctx: Ctx): Reply {
  const balances = customerBalances(ctx.store, ctx.store.today());
  const items = [...ctx.store.customers.values()].map((c) => customerDoc(ctx.base, c, balances));
  return ok(collectionResponse(items, ctx.query, CUSTOMER_SPEC, `${ctx.base}/customers`));
}

export function getCustomer(ctx: Ctx): Reply {
  const c = ctx.store.customers.get(customerNumberParam(ctx));
  if (!c) throw notFound('Customer');
  return ok(customerDoc(ctx.base, c, customerBalances(ctx.store, ctx.store.today())));
}

export function createCustomer(ctx: Ctx): Reply {
  const input = validateCustomer(ctx.body, ctx.validation);
  const customerNumber = input.customerNumber ?? ctx.store.nextCustomerNumber();
  if (ctx.store.customers.has(customerNumber)) throw badRequest('customerNumber', `Customer number ${customerNumber} is already in use.`, customerNumber);
  const record = { ...input, customerNumber, lastUpdated: ctx.store.stamp() };
  ctx.store.customers.set(customerNumber, record);
  ctx.store.dirty = true;
  const doc = customerDoc(ctx.base, record, customerBalances(ctx.store, ctx.store.today()));
  return created(doc, doc.self);
}

/** PUT replaces the customer (omitted properties are cleared) and creates it when the number is free (live: 201). */
export function replaceCustomer(ctx: Ctx): Reply {
  const n = customerNumberParam(ctx);
  const existed = ctx.store.customers.has(n);
  const input = validateCustomer(ctx.body, ctx.validation);
  if (input.customerNumber !== undefined && input.customerNumber !== n) throw badRequest('customerNumber', 'customerNumber in the body must match the URL.', input.customerNumber);
  const record = { ...input, customerNumber: n, lastUpdated: ctx.store.stamp() };
  ctx.store.customers.set(n, record);
  ctx.store.dirty = true;
  const doc = customerDoc(ctx.base, record, customerBalances(ctx.store, ctx.store.today()));
  return existed ? ok(doc) : created(doc, doc.self);
}

export function deleteCustomer(ctx: Ctx): Reply {
  const n = customerNumberParam(ctx);
  if (!ctx.store.customers.has(n)) throw notFound('Customer');
  const inUse = [...ctx.store.drafts.values(), ...ctx.store.booked.values()].some((d) => d.customerNumber === n);
  if (inUse) throw new ApiError(400, 'The customer cannot be deleted because it has invoices.', 'Delete its draft invoices first; customers with booked invoices cannot be deleted.');
  ctx.store.customers.delete(n);
  ctx.store.dirty = true;
  return { status: 204 };
}

export function listProducts(ctx: Ctx): Reply {
  const items = [...ctx.store.products.values()].map((p) => productDoc(ctx.base, p));
  return ok(collectionResponse(items, ctx.query, PRODUCT_SPEC, `${ctx.base}/products`));
}

function productParam(ctx: Ctx) {
  const p = ctx.store.products.get(decodeProductNumber(ctx.params.productNumber));
  if (!p) throw notFound('Product', 'Product numbers in URLs use the self-link encoding (e.g. space → _9_).');
  return p;
}

export function getProduct(ctx: Ctx): Reply {
  return ok(productDoc(ctx.base, productParam(ctx)));
}

export function createProduct(ctx: Ctx): Reply {
  const input = validateProduct(ctx.body, ctx.validation);
  if (ctx.store.products.has(input.productNumber)) throw badRequest('productNumber', `Product number '${input.productNumber}' is already in use.`, input.productNumber);
  const record = { ...input, lastUpdated: ctx.store.stamp() };
  ctx.store.products.set(record.productNumber, record);
  ctx.store.dirty = true;
  return created(productDoc(ctx.base, record), productSelf(ctx.base, record.productNumber));
}

/** PUT replaces the product and creates it when the number is free (PUT is an upsert). */
export function replaceProduct(ctx: Ctx): Reply {
  const productNumber = decodeProductNumber(ctx.params.productNumber);
  const existed = ctx.store.products.has(productNumber);
  const input = validateProduct(ctx.body, ctx.validation);
  if (input.productNumber !== productNumber) throw badRequest('productNumber', 'productNumber in the body must match the URL.', input.productNumber);
  const record = { ...input, lastUpdated: ctx.store.stamp() };
  ctx.store.products.set(record.productNumber, record);
  ctx.store.dirty = true;
  const doc = productDoc(ctx.base, record);
  return existed ? ok(doc) : created(doc, productSelf(ctx.base, record.productNumber));
}

export function deleteProduct(ctx: Ctx): Reply {
  const p = productParam(ctx);
  const inUse = [...ctx.store.drafts.values(), ...ctx.store.booked.values()].some((d) => d.lines.some((l) => l.productNumber === p.productNumber));
  if (inUse) throw new ApiError(400, "You can't delete a product that is in use.", 'The product is used on invoices.');
  ctx.store.products.delete(p.productNumber);
  ctx.store.dirty = true;
  return { status: 204 };
}
