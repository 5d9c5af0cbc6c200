import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWooGmt } from '../../../main/sandbox/shops/woocommerce/clock';
import type { CheckLine, SetupCheck } from '../../../shared/ipc/schemas/setup-check';
import { wooOrder } from '../../helpers/woo-order';
import { COMPANY_NAME, ECONOMIC_TOKENS, SHOP_KEYS, SHOP_NAME, orderWithoutSku, standardAnswers, startServiceHarness, type ServiceHarness } from './harness';

/** A port nothing listens on: a mail server typed wrong. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const lineOf = (check: SetupCheck, id: CheckLine['id']) => check.lines.find((l) => l.id === id)!;

/**
 * The wizard's last step against the sandboxes: a check that tests the shop, e-conomic
 * and the mail server now, maps what the shop's newest orders contain, dry-runs them, and
 * gates "Save and start"; the first sync then books what the dry run showed.
 */
describe('desktop service: the setup check', () => {
  let h: ServiceHarness;
  const answers = () => standardAnswers(h.shop.url);
  const eligible = () => h.orders.filter((o) => o.status === 'processing' || o.status === 'completed');
  const mailForm = (port: number) => ({
    smtp: { host: h.smtp.host, port, security: 'none' as const, user: '' },
    fromName: 'Nordlys Keramik',
    fromAddress: 'faktura@nordlys.dk',
    replyTo: '',
    notificationEmail: 'ejer@nordlys.dk',
    digest: 'hourly' as const,
  });

  beforeAll(async () => {
    h = await startServiceHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('on a fresh installation names every step not saved and is not ready', async () => {
    const check = await h.service['setup.check']({});
    expect(check.ready).toBe(false);
    expect(lineOf(check, 'steps')).toMatchObject({ status: 'fail', steps: ['plan', 'shop', 'economic', 'stages', 'mapping', 'currencies', 'paymentMethods', 'rules', 'mail'] });
    expect(lineOf(check, 'shop')).toMatchObject({ status: 'fail', problem: { code: 'LB-2011' } });
    expect(check.invoices).toEqual([]);
    await expect(h.service['wizard.finish']({})).rejects.toMatchObject({ code: 'LB-2022', message: expect.stringContaining('Alle trin') });
  });

  it("offers the values of the shop's newest orders, whatever their dates, to map and to write rules with", async () => {
    const a = answers();
    await h.service['wizard.saveStep']({ step: 'plan', answers: { plan: a.plan }, next: 'shop' });
    await h.service['wizard.saveStep']({ step: 'shop', answers: { shop: a.shop }, next: 'economic', shopCredentials: { kind: 'woocommerce', ...SHOP_KEYS } });
    const seen = await h.service['shop.recentValues']({});
    expect(seen.orders).toBe(h.orders.length);
    const byMethod = new Map<string, number>();
    for (const o of h.orders) byMethod.set(String(o.payment_method), (byMethod.get(String(o.payment_method)) ?? 0) + 1);
    expect(Object.fromEntries(seen.paymentMethods.map((m) => [m.value, m.orders]))).toEqual(Object.fromEntries(byMethod));
    expect(seen.currencies).toEqual([{ value: 'DKK', label: 'DKK', orders: h.orders.length }]);
    expect(seen.vatRates.map((r) => r.value)).toContain('25');
  });

  it('stops at a wrong mail server and an unmapped payment method, each with the reason and the step to fix it', async () => {
    const a = answers();
    // A method the orders at a transfer stage are paid with, left unmapped.
    const unmapped = String(eligible()[0].payment_method);
    const { [unmapped]: left, ...mapped } = a.paymentMethods;
    await h.service['wizard.saveStep']({ step: 'economic', answers: { economic: a.economic }, next: 'stages', economicCredentials: ECONOMIC_TOKENS });
    for (const step of ['stages', 'mapping', 'currencies', 'rules'] as const) await h.service['wizard.saveStep']({ step, answers: { [step]: a[step] } });
    await h.service['wizard.saveStep']({ step: 'paymentMethods', answers: { paymentMethods: mapped } });
    await h.service['wizard.saveStep']({ step: 'mail', answers: { mail: { invoiceSource: 'economic' } }, next: 'check' });
    const wrongPort = await closedPort();
    expect(await h.service['mail.saveSettings'](mailForm(wrongPort))).toMatchObject({ saved: true });

    const check = await h.service['setup.check']({});
    expect(check.ready).toBe(false);
    expect(lineOf(check, 'steps').status).toBe('ok');
    expect(lineOf(check, 'shop')).toMatchObject({ status: 'ok', params: { name: SHOP_NAME } });
    expect(lineOf(check, 'economic')).toMatchObject({ status: 'ok', params: { company: COMPANY_NAME, agreement: 9_000_000_001 } });
    expect(lineOf(check, 'mail')).toMatchObject({ status: 'fail', steps: ['mail'], params: { host: `${h.smtp.host}:${wrongPort}` }, problem: { code: expect.stringMatching(/^LB-6/) } });
    const count = eligible().filter((o) => o.payment_method === unmapped).length;
    expect(lineOf(check, 'paymentMethods')).toMatchObject({ status: 'fail', steps: ['paymentMethods'], params: { methods: `${left.title} (${count})` } });
    await expect(h.service['wizard.finish']({})).rejects.toMatchObject({ code: 'LB-2022', message: expect.stringContaining('Mailserver, Betalingsmetoder') });
  });

  let passed: SetupCheck;
  it('is ready when everything was tested now: a test mail accepted, every method and rate mapped, a dry run over the newest orders', async () => {
    h.smtp.clear();
    await h.service['mail.saveSettings'](mailForm(h.smtp.port));
    await h.service['wizard.saveStep']({ step: 'paymentMethods', answers: { paymentMethods: answers().paymentMethods } });
    passed = await h.service['setup.check']({});
    expect(passed.lines.filter((l) => l.status === 'fail')).toEqual([]);
    expect(passed.ready).toBe(true);
    expect(lineOf(passed, 'mail')).toMatchObject({ status: 'ok', params: { host: `${h.smtp.host}:${h.smtp.port}`, to: 'ejer@nordlys.dk' } });
    expect(h.smtp.mails()).toEqual([expect.objectContaining({ envelope: expect.objectContaining({ to: ['ejer@nordlys.dk'] }), subject: '[TEST] Mailserveren virker' })]);
    expect(lineOf(passed, 'vatRates')).toMatchObject({ status: 'ok' });
    expect(lineOf(passed, 'rules')).toMatchObject({ status: 'ok', params: { variant: 'none' } });

    // The dry run: the ten newest orders at a transfer stage, newest first, whatever their dates.
    const newest = [...eligible()].sort((x, y) => parseWooGmt(y.date_modified_gmt) - parseWooGmt(x.date_modified_gmt)).slice(0, 10);
    expect(passed.invoices.map((i) => i.orderId)).toEqual(newest.map((o) => String(o.id)));
    expect(passed.firstSyncFrom).toBe(new Date(Math.min(...newest.map((o) => parseWooGmt(o.date_modified_gmt)))).toISOString());
    // The order without SKU is the shop's own problem: it goes to the error log, it does not stop the setup.
    const broken = String(orderWithoutSku(h).id);
    expect(lineOf(passed, 'dryRun')).toMatchObject({ status: 'warn', params: { problems: 1 } });
    expect(passed.invoices.find((i) => i.orderId === broken)?.problems.map((p) => p.code)).toContain('LB-1001');
  });

  it("is not ready while e-conomic has no open accounting year for today and the dry run's invoice dates, and warns when the year ends with no next one", async () => {
    const defaults = h.economic.state().settings.accountingYears;
    // The dates worked out from the shop's own orders: the invoice date is the day the order was paid
    // (else created) in Denmark, for the ten newest at a transfer stage, and today.
    const copenhagen = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' });
    const spelled = (date: string) => new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
    const newest = [...eligible()].sort((x, y) => parseWooGmt(y.date_modified_gmt) - parseWooGmt(x.date_modified_gmt)).slice(0, 10);
    const today = copenhagen.format(new Date());
    const dates = [...new Set([today, ...newest.map((o) => copenhagen.format(parseWooGmt(o.date_paid_gmt ?? o.date_created_gmt)))])].sort();
    const thisYear = Number(today.slice(0, 4));
    const calendarYear = (year: number, closed = false) => ({ year: String(year), fromDate: `${year}-01-01`, toDate: `${year}-12-31`, ...(closed ? { closed } : {}) });
    try {
      h.economic.settings({ accountingYears: [calendarYear(2001)] });
      let check = await h.service['setup.check']({});
      expect(check.ready).toBe(false);
      expect(lineOf(check, 'accountingYears')).toMatchObject({ status: 'fail', params: { dates: dates.map(spelled).join(', ') } });
      expect(check.lines.map((l) => l.id).slice(3, 5)).toEqual(['economic', 'accountingYears']);
      await expect(h.service['wizard.finish']({})).rejects.toMatchObject({ code: 'LB-2022', message: expect.stringContaining('Regnskabsår') });

      // The year is there but closed: reopening it is the fix.
      const years = [...new Set(dates.map((d) => Number(d.slice(0, 4))))];
      h.economic.settings({ accountingYears: [calendarYear(thisYear - 1, years.includes(thisYear - 1)), calendarYear(thisYear, true), calendarYear(thisYear + 1)] });
      check = await h.service['setup.check']({});
      expect(lineOf(check, 'accountingYears')).toMatchObject({ status: 'fail', params: { variant: 'closed', years: years.join(', ') } });

      // A fiscal year that ends in ten days, with the next not created: ready, with a warning.
      const end = copenhagen.format(new Date(Date.now() + 10 * 86_400_000));
      h.economic.settings({ accountingYears: [{ year: `2000/${end.slice(0, 4)}`, fromDate: '2000-01-01', toDate: end }] });
      check = await h.service['setup.check']({});
      expect(check.ready).toBe(true);
      expect(lineOf(check, 'accountingYears')).toMatchObject({ status: 'warn', params: { year: `2000/${end.slice(0, 4)}`, end: spelled(end) } });
    } finally {
      h.economic.settings({ accountingYears: defaults });
    }
    const check = await h.service['setup.check']({});
    expect(lineOf(check, 'accountingYears')).toMatchObject({ status: 'ok', params: { years: [...new Set(dates.map((d) => d.slice(0, 4)))].join(', ') } });
  });

  it('does not save a setup changed after its check', async () => {
    await h.service['wizard.saveStep']({ step: 'rules', answers: { rules: [] } });
    await expect(h.service['wizard.finish']({})).rejects.toMatchObject({ code: 'LB-2021' });
  });

  it('saves and starts after a fresh check, and the first sync books exactly what the dry run showed', async () => {
    const check = await h.service['setup.check']({});
    expect(check.ready).toBe(true);
    expect(await h.service['wizard.finish']({})).toEqual({ finished: true, profileName: 'nordlys' });
    const profile = (await h.service['profile.get']({})).profile!;
    expect(profile.sync.importFrom).toBe(check.firstSyncFrom);
    expect((await h.service['wizard.get']({})).finished).toBe(true);

    const summary = await h.service['sync.now']({});
    const shown = check.invoices.filter((i) => i.action === 'draft');
    expect(summary.drafted).toBe(shown.length);
    const drafts = h.economic.state().drafts as Array<{ references?: { other?: string }; grossAmount: number }>;
    const ordersBooked = await h.service['orders.list']({ offset: 0, limit: 100 });
    const drafted = ordersBooked.rows.filter((r) => r.draftInvoiceNumber !== null);
    expect(drafted.map((r) => r.id).sort()).toEqual(shown.map((i) => i.orderId).sort());
    for (const invoice of shown) {
      const row = drafted.find((r) => r.id === invoice.orderId)!;
      expect(row.total).toBe(invoice.grossAmount);
    }
    expect(drafts).toHaveLength(shown.length);
  });

  it("with One-Stop-Shop on, checks a consumer abroad by country and rate: e-conomic's proposal covers DE 19 %, nothing covers AT 20 %", async () => {
    const eur = { pricesIncludeTax: true, currency: 'EUR' as const };
    h.shop.upsertOrder(wooOrder({ ...eur, lines: [{ sku: 'KRUS-BLA', quantity: 1, unitOre: 11900, rate: 19 }], buyer: { country: 'DE', postcode: '10115', city: 'Berlin' } }, 9101));
    h.shop.upsertOrder(wooOrder({ ...eur, lines: [{ sku: 'KRUS-BLA', quantity: 1, unitOre: 12000, rate: 20 }], buyer: { country: 'AT', postcode: '1010', city: 'Wien' } }, 9102));
    // Without OSS both are booked as Danish sales: their rates are plain rates, and 19 % and 20 % have no group.
    expect(lineOf(await h.service['setup.check']({}), 'vatRates')).toMatchObject({ status: 'fail', steps: ['mapping'], params: { rates: '20 %, 19 %' } });

    const currencies = await h.service['currencies.get']({});
    await h.service['currencies.save']({ ...currencies, oss: true });
    // The sandbox agreement has a German 19 % VAT code (DE19) on exactly one group; Austria has none.
    expect(lineOf(await h.service['setup.check']({}), 'vatRates')).toMatchObject({ status: 'fail', steps: ['mapping'], params: { rates: 'AT 20 %' } });
    await h.service['wizard.saveStep']({ step: 'mapping', answers: { mapping: { ...answers().mapping, productGroups: { ...answers().mapping.productGroups, 'AT:20': 1 } } } });
    // Home rates first (the shop's other orders use 25 % and 0 %), then the OSS countries.
    expect(lineOf(await h.service['setup.check']({}), 'vatRates')).toMatchObject({ status: 'ok', params: { rates: '25 %, 0 %, AT 20 %, DE 19 %' } });
  });

  it('maps an OSS country and rate from Settings into the saved profile beside its home rates, and reads it back', async () => {
    const homeRates = (await h.service['profile.get']({})).profile!.productGroups;
    const currencies = await h.service['currencies.get']({});
    await h.service['currencies.save']({ ...currencies, oss: true, ossProductGroups: { 'AT:20': 1, 'SE:12': 2 } });
    const profile = (await h.service['profile.get']({})).profile!;
    expect(profile.oss).toBe(true);
    expect(profile.productGroups).toEqual({ ...homeRates, 'AT:20': 1, 'SE:12': 2 });
    expect((await h.service['currencies.get']({})).ossProductGroups).toEqual({ 'AT:20': 1, 'SE:12': 2 });

    // Removing one in Settings removes it from the profile; the home rates stay.
    await h.service['currencies.save']({ ...currencies, oss: true, ossProductGroups: { 'AT:20': 1 } });
    expect((await h.service['profile.get']({})).profile!.productGroups).toEqual({ ...homeRates, 'AT:20': 1 });
  });
});
