import type { EconomicClient } from '../connectors/economic/client';
import type { Ledger } from '../ledger';
import { operationKey } from './idempotency';
import type { ProductToCreate } from './plan/types';
import type { EconomicReference } from './reference-data';
import { EconomicError } from '../connectors/economic/errors';

/**
 * Creates the products an invoice needs that e-conomic does not have yet. Orders are
 * processed concurrently, so creations of the same product number share one promise.
 */
export class ProductCreator {
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly client: EconomicClient,
    private readonly ledger: Ledger,
    private readonly reference: EconomicReference,
    private readonly profileName: string,
  ) {}

  async ensure(products: ProductToCreate[], orderId: string): Promise<void> {
    await Promise.all(products.map((p) => this.ensureOne(p, orderId)));
  }

  private ensureOne(product: ProductToCreate, orderId: string): Promise<void> {
    if (this.reference.productNumbers.has(product.productNumber)) return Promise.resolve();
    let running = this.pending.get(product.productNumber);
    if (!running) {
      running = this.create(product, orderId).finally(() => this.pending.delete(product.productNumber));
      this.pending.set(product.productNumber, running);
    }
    return running;
  }

  private async create(product: ProductToCreate, orderId: string): Promise<void> {
    const key = operationKey(this.profileName, `product:${product.productNumber}`, 'create-product', 0);
    const attempt = this.ledger.operations.begin({ key, orderId, step: 'create-product' }).record.key;
    try {
      await this.client.createProduct(
        {
          productNumber: product.productNumber,
          name: product.name,
          productGroup: { productGroupNumber: product.productGroupNumber },
          salesPrice: Number(product.salesPrice),
        },
        attempt,
      );
    } catch (error) {
      // Someone (or an earlier crashed run without the key cached) created it already.
      const exists = error instanceof EconomicError && error.kind === 'validation' && (await this.client.getProduct(product.productNumber)) !== null;
      if (!exists) throw error;
    }
    this.ledger.operations.complete(attempt, { productNumber: product.productNumber });
    this.reference.productNumbers.add(product.productNumber);
  }
}
