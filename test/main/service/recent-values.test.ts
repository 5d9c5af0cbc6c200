import { describe, expect, it } from 'vitest';
import { recentValues } from '../../../main/service/recent-values';
import { buildOrder, danishBuyer, grossLine } from '../../helpers/orders';

const consumerIn = (country: string, zip: string, city: string) => danishBuyer({ country, zip, city });

describe("the One-Stop-Shop countries and rates of the shop's newest orders", () => {
  it('are the EU consumers’ destination country and line rates, counted once per order; businesses, exports and the Canary Islands are left out', () => {
    const orders = [
      // Two German consumers: coffee at 19 % and a book at 7 %; one with shipping at 19 %.
      buildOrder({ id: '1', lines: [grossLine('1', 'KAFFE', 1, '119.00', '19'), grossLine('2', 'BOG', 1, '10.70', '7')], shipping: [grossLine('3', null, 1, '5.95', '19', 'shipping')], billing: consumerIn('DE', '10115', 'Berlin') }),
      buildOrder({ id: '2', lines: [grossLine('1', 'KAFFE', 1, '119.00', '19')], billing: consumerIn('DE', '80331', 'München') }),
      // Billed in Denmark, sent to Sweden: the destination decides.
      { ...buildOrder({ id: '3', lines: [grossLine('1', 'KAFFE', 1, '125.00', '25')] }), shipping: consumerIn('SE', '111 22', 'Stockholm') },
      // A German business with a VAT number (reverse charge), a Norwegian (export), Las Palmas (outside the EU VAT area).
      buildOrder({ id: '4', lines: [grossLine('1', 'KAFFE', 1, '100.00', '0')], billing: danishBuyer({ country: 'DE', zip: '20095', city: 'Hamburg', company: 'Kaffee Handel GmbH', vatNumber: 'DE123456789' }) }),
      buildOrder({ id: '5', lines: [grossLine('1', 'TE', 1, '80.00', '0')], billing: consumerIn('NO', '0150', 'Oslo') }),
      buildOrder({ id: '6', lines: [grossLine('1', 'TE', 1, '80.00', '0')], billing: consumerIn('ES', '35001', 'Las Palmas') }),
      // A Danish consumer counts too: the form leaves out whichever country it shows as home.
      buildOrder({ id: '7', lines: [grossLine('1', 'KAFFE', 1, '250.00', '25')] }),
    ];
    expect(recentValues(orders).ossRates).toEqual([
      { value: 'DE:19', label: 'DE:19', orders: 2 },
      { value: 'DE:7', label: 'DE:7', orders: 1 },
      { value: 'DK:25', label: 'DK:25', orders: 1 },
      { value: 'SE:25', label: 'SE:25', orders: 1 },
    ]);
  });
});
