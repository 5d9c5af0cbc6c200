import { PRODUCT_GROUPS, UNITS } from '../seed';
import { Validation } from '../errors';
import type { ProductRecord } from '../records';
import { bool, decimal, missingRef, refId, requireObjectBody, str, type Obj } from './common';

export type ProductInput = Omit<ProductRecord, 'lastUpdated'>;

export function validateProduct(body: unknown, v: Validation): ProductInput {
  const b = requireObjectBody(body) as Obj;
  const productNumber = str(v, b, 'productNumber', [], { required: true, min: 1, max: 25 });
  const name = str(v, b, 'name', [], { required: true, min: 1, max: 300 });
  const description = str(v, b, 'description', [], { max: 500 });
  const barCode = str(v, b, 'barCode', [], { max: 50 });
  const salesPrice = decimal(v, b, 'salesPrice', [], { maxDecimals: 2 });
  const costPrice = decimal(v, b, 'costPrice', [], { maxDecimals: 2 });
  const recommendedPrice = decimal(v, b, 'recommendedPrice', [], { maxDecimals: 2 });
  const barred = bool(v, b, 'barred', []) ?? false;
  const productGroupNumber = refId<number>(v, b, 'productGroup', [], 'productGroupNumber', 'int', { required: true, resourcePath: 'product-groups' });
  if (productGroupNumber !== undefined && !PRODUCT_GROUPS.some((g) => g.productGroupNumber === productGroupNumber)) missingRef(v, ['productGroup'], 'productGroup', productGroupNumber, 'product-groups');
  const unitNumber = refId<number>(v, b, 'unit', [], 'unitNumber', 'int', { resourcePath: 'units' });
  if (unitNumber !== undefined && !UNITS.some((u) => u.unitNumber === unitNumber)) missingRef(v, ['unit'], 'unit', unitNumber, 'units');
  v.throwIfAny();
  return {
    productNumber: productNumber!,
    name: name!,
    productGroupNumber: productGroupNumber!,
    salesPrice: salesPrice ?? '0',
    costPrice: costPrice ?? '0',
    recommendedPrice: recommendedPrice ?? '0',
    description,
    barCode,
    barred,
    unitNumber,
  };
}
