import type { Prng } from './prng';

/**
 * Danish demo data shared by the shop sandboxes: people, addresses and a small
 * homeware catalogue priced the way Danish shops show prices (incl. 25 % VAT).
 * Keep this list stable: demo orders and tests of both shops derive from it.
 */

export const FIRST_NAMES = [
  'Mette', 'Anne', 'Kirsten', 'Hanne', 'Camilla', 'Louise', 'Sofie', 'Ida', 'Freja', 'Emma',
  'Lars', 'Jens', 'Peter', 'Søren', 'Mikkel', 'Rasmus', 'Anders', 'Frederik', 'Magnus', 'Jørgen',
] as const;

export const LAST_NAMES = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen',
  'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Østergaard',
] as const;

export const STREETS = [
  'Vestergade', 'Østergade', 'Nørregade', 'Søndergade', 'Algade', 'Strandvejen', 'Skovvej',
  'Kirkevej', 'Møllevej', 'Bøgevej', 'Åboulevarden', 'Frederiksberg Allé', 'Jernbanegade',
] as const;

export interface DanishCity {
  zip: string;
  city: string;
}

export const CITIES: readonly DanishCity[] = [
  { zip: '1050', city: 'København K' },
  { zip: '2100', city: 'København Ø' },
  { zip: '2200', city: 'København N' },
  { zip: '8000', city: 'Aarhus C' },
  { zip: '5000', city: 'Odense C' },
  { zip: '9000', city: 'Aalborg' },
  { zip: '6700', city: 'Esbjerg' },
  { zip: '7100', city: 'Vejle' },
  { zip: '4000', city: 'Roskilde' },
  { zip: '3000', city: 'Helsingør' },
  { zip: '8600', city: 'Silkeborg' },
  { zip: '6000', city: 'Kolding' },
];

export interface DemoProduct {
  sku: string;
  name: string;
  /** Shelf price incl. 25 % VAT, DKK. */
  grossPrice: string;
  /** Stable numeric id the shops can use as product id. */
  productId: number;
}

export const PRODUCTS: readonly DemoProduct[] = [
  { productId: 101, sku: 'KOP-STEN-01', name: 'Kaffekop stentøj', grossPrice: '89.00' },
  { productId: 102, sku: 'HOER-VISK-02', name: 'Hørviskestykke', grossPrice: '79.95' },
  { productId: 103, sku: 'SKAAL-EG-03', name: 'Serveringsskål i egetræ', grossPrice: '349.00' },
  { productId: 104, sku: 'LYS-BIV-04', name: 'Bivokslys, 2 stk.', grossPrice: '119.00' },
  { productId: 105, sku: 'TAEP-ULD-05', name: 'Uldplaid, naturfarvet', grossPrice: '899.00' },
  { productId: 106, sku: 'KANDE-GL-06', name: 'Glaskande 1 l', grossPrice: '229.50' },
  { productId: 107, sku: 'BRAET-EG-07', name: 'Skærebræt i eg', grossPrice: '299.00' },
  { productId: 108, sku: 'TE-OEKO-08', name: 'Økologisk te, 100 g', grossPrice: '64.95' },
  { productId: 109, sku: 'SAEBE-09', name: 'Håndsæbe med havtorn', grossPrice: '99.00' },
  { productId: 110, sku: 'VASE-KER-10', name: 'Keramikvase, lille', grossPrice: '449.00' },
];

export interface DanishPerson {
  firstName: string;
  lastName: string;
  email: string;
  /** +45 and eight digits, grouped as Danes write them. */
  phone: string;
  address1: string;
  zip: string;
  city: string;
  country: 'DK';
}

const EMAIL_SAFE: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'ae', Ø: 'oe', Å: 'aa' };

function emailPart(text: string): string {
  return text
    .replace(/[æøåÆØÅ]/g, (c) => EMAIL_SAFE[c])
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function danishPhone(prng: Prng): string {
  const digits = `${prng.int(2, 9)}${String(prng.int(0, 9999999)).padStart(7, '0')}`;
  return `+45 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)}`;
}

export function danishPerson(prng: Prng): DanishPerson {
  const firstName = prng.pick(FIRST_NAMES);
  const lastName = prng.pick(LAST_NAMES);
  const place = prng.pick(CITIES);
  return {
    firstName,
    lastName,
    // example.com is reserved for documentation: demo mail never reaches a real person.
    email: `${emailPart(firstName)}.${emailPart(lastName)}${prng.int(1, 99)}@example.com`,
    phone: danishPhone(prng),
    address1: `${prng.pick(STREETS)} ${prng.int(1, 120)}`,
    zip: place.zip,
    city: place.city,
    country: 'DK',
  };
}
