import type { Lang } from '../../shared/i18n/lang';
import { openAccountingYearOf, yearEndingWithoutNext } from '../connectors/economic/accounting-years';
import type { AccountingYear } from '../connectors/economic/types';
import { checkEligibility } from '../engine/eligibility';
import { previewContext, previewDaysOf, previewOrder } from '../operations/dry-run';
import type { OrderForDay } from '../engine/days/preview-days';
import { checkDayJournal } from '../engine/days/check-day-journal';
import { danishDate } from '../engine/plan/text';
import { conditionHolds } from '../engine/rules';
import { loadOssProposals } from '../engine/oss-groups';
import { isLoopbackUrl } from '../runtime/sandbox-only';
import { shopAddress } from '../runtime/runtime';
import { lineVatRates } from '../validation';
import type { NormalizedOrder, Order } from '../../shared/domain/order';
import { byProductGroupKey, formatProductGroupKey, isOssKey } from '../../shared/domain/vat-rate';
import { ossKey, vatTreatment } from '../../shared/vat/treatment';
import { formatMailDate } from '../../shared/mail';
import { CATALOGUE, describe, type ErrorCode, type Params } from '../../shared/errors';
import { AppError, CATALOGUE_CODE, type Response } from '../../shared/ipc/contract';
import type { Problem } from '../../shared/ipc/schemas/common';
import type { DryRunInvoice } from '../../shared/ipc/schemas/operations';
import { WIZARD_STEPS, type WizardAnswers } from '../../shared/ipc/schemas/setup';
import type { CheckLine, CheckLineId } from '../../shared/ipc/schemas/setup-check';
import type { Connections } from './connections';
import type { ServiceContext } from './context';
import { dayAsDryRunInvoice, toDryRunInvoice, type DryRunArea } from './dry-run';
import { toAppError } from './errors';
import { readLicence } from './licence';
import type { MailSettingsArea } from './mail-settings';
import { RECENT_ORDERS } from './recent-values';
import type { WizardArea } from './wizard';
import { SHOP_WORDS } from '../../shared/i18n/shop-words';

/** How many of the newest orders at a transfer stage the dry run works through. */
export const DRY_RUN_ORDERS = 10;

/** Where a journal-mode problem is fixed in the wizard: the journal with the unit of booking, a clearing account with its method; else the product groups. */
const JOURNAL_PROBLEM_STEPS: Partial<Record<string, CheckLine['steps'][number]>> = { 'LB-2048': 'stages', 'LB-2052': 'stages', 'LB-2049': 'paymentMethods', 'LB-2051': 'paymentMethods' };

type Line = Omit<CheckLine, 'params' | 'steps' | 'problem'> & Partial<Pick<CheckLine, 'params' | 'steps' | 'problem'>>;

function line(id: CheckLineId, status: CheckLine['status'], extra: Partial<Pick<CheckLine, 'params' | 'steps' | 'problem'>> = {}): Line {
  return { id, status, ...extra };
}

/** A failure as the owner reads it: the catalogue text when it has a code, otherwise rethrown. */
function problemOf(error: unknown, lang: Lang): Problem {
  const failure = toAppError(error, lang);
  if (failure instanceof AppError && CATALOGUE_CODE.test(failure.code)) {
    return { code: failure.code, message: failure.message };
  }
  throw error;
}

function listOf(values: string[]): string {
  return values.join(', ');
}

/**
 * The wizard's last step: every part of the setup tested now against the real shop,
 * e-conomic and mail server, and a dry run over the shop's newest orders whatever their
 * dates. A line is green only when what it says was tested in this run.
 */
export class SetupCheckArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly wizard: WizardArea,
    private readonly connections: Connections,
    private readonly mailSettings: MailSettingsArea,
    private readonly dryRun: DryRunArea,
  ) {}

  async run(): Promise<Response<'setup.check'>> {
    const ranAt = this.ctx.clock().toISOString();
    const state = this.wizard.current();
    const answers = state.answers;
    const lines: Line[] = [this.steps(state.completed), this.licence(answers)];

    const shop = await this.shop();
    const economic = await this.economic();
    const twin = shop.line.status === 'ok' && economic.status === 'ok' ? this.sameShopOnAgreement(answers, Number(economic.params?.agreement)) : null;
    lines.push(twin ?? shop.line, economic, ...(answers.mail?.invoiceSource === 'economic' ? [await this.mail()] : []));

    let invoices: DryRunInvoice[] = [];
    let invoiceDates: string[] = [];
    let firstSyncFrom: string | null = null;
    // Only for a profile that books days in a journal; only an agreement that answered can be asked.
    const journal = economic.status === 'ok' ? await this.dayJournal() : null;
    if (shop.orders) {
      const eligible = shop.orders.filter((n) => answers.stages && checkEligibility(n.order, answers.stages.orderStages).eligible);
      const orders = eligible.map((n) => n.order);
      lines.push(this.currencies(orders, answers), this.paymentMethods(orders, answers), await this.vatRates(orders, answers), ...(journal ? [journal] : []), this.rules(orders, answers));
      const dry = await this.dryRunLine(eligible.slice(0, DRY_RUN_ORDERS), lines[0].status === 'fail');
      lines.push(dry.line);
      invoices = dry.invoices;
      invoiceDates = dry.invoiceDates;
      firstSyncFrom = dry.firstSyncFrom;
    } else if (journal) lines.push(journal);
    // Beside the e-conomic line: only an agreement that answered can be asked for its years.
    if (economic.status === 'ok') lines.splice(lines.indexOf(economic) + 1, 0, await this.accountingYears(invoiceDates));
    const result: Response<'setup.check'> = {
      ranAt,
      ready: lines.every((l) => l.status !== 'fail'),
      lines: lines.map((l) => ({ params: {}, steps: [], problem: null, ...l })),
      invoices,
      firstSyncFrom,
    };
    this.wizard.recordCheck(result);
    return result;
  }

  /** Every step saved, and the answers together make a valid profile. */
  private steps(completed: readonly string[]): Line {
    const missing = WIZARD_STEPS.filter((s) => s !== 'check' && !completed.includes(s));
    if (missing.length > 0) return line('steps', 'fail', { steps: missing });
    const parsed = this.wizard.answersAsProfile();
    if (!parsed.success) {
      const problem = this.problem('LB-2014', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      return line('steps', 'fail', { problem });
    }
    return line('steps', 'ok');
  }

  private licence(answers: WizardAnswers): Line {
    const text = answers.plan?.licence;
    if (!text) return line('licence', 'warn', { steps: ['plan'] });
    const lang = this.ctx.language();
    try {
      const licence = readLicence(text, lang, this.ctx.clock());
      const loopback = isLoopbackUrl(this.ctx.economicUrl()) && (answers.shop === undefined || isLoopbackUrl(answers.shop.url));
      if (licence.sandboxOnly && !loopback) return line('licence', 'fail', { steps: ['plan'], problem: this.problem('LB-2018', {}) });
      return line('licence', 'ok', { params: { plan: licence.plan, licensee: licence.licensee } });
    } catch (error) {
      return line('licence', 'fail', { steps: ['plan'], problem: problemOf(error, lang) });
    }
  }

  /** The shop answers now, and its newest orders (whatever their dates) are read for the lines that need them. */
  private async shop(): Promise<{ line: Line; orders: NormalizedOrder[] | null }> {
    const lang = this.ctx.language();
    try {
      const connector = await this.connections.shop();
      const identity = await connector.testConnection();
      const orders = await connector.latestOrders(RECENT_ORDERS);
      return { line: line('shop', 'ok', { params: { name: identity.name || new URL(identity.url).hostname } }), orders };
    } catch (error) {
      const problem = (() => {
        const failure = toAppError(error, lang, { platform: this.connections.platform() });
        return failure instanceof AppError ? { code: failure.code, message: failure.message } : problemOf(error, lang);
      })();
      return { line: line('shop', 'fail', { steps: ['shop'], problem }), orders: null };
    }
  }

  /**
   * The webshop answered is set up already as another shop on the agreement the tokens reach:
   * each of its orders would be invoiced twice, once under either shop's reference. A shop is
   * compared once its syncs have named its agreement (GET /self); the same webshop on another
   * agreement (a test agreement beside the live one) is a shop of its own.
   */
  private sameShopOnAgreement(answers: WizardAnswers, agreement: number): Line | null {
    const url = answers.shop?.url;
    if (!url) return null;
    const own = answers.plan?.profileName;
    const twin = this.ctx.runtimes.find(
      (r) => r.profile.name !== own && shopAddress(r.profile.shop.url) === shopAddress(url) && r.ledger.economicFacts.forProfile(r.profile.name).agreement()?.agreementNumber === agreement,
    );
    if (!twin) return null;
    const detail = SHOP_WORDS[this.ctx.language()].sameShop(twin.profile.name, url);
    return line('shop', 'fail', { steps: ['shop', 'economic'], problem: this.problem('LB-2014', { detail }) });
  }

  /** GET /self now: the company and agreement the tokens reach. */
  private async economic(): Promise<Line> {
    try {
      const self = await (await this.connections.economic()).self();
      return line('economic', 'ok', { params: { company: self.company?.name ?? '', agreement: self.agreementNumber } });
    } catch (error) {
      return line('economic', 'fail', { steps: ['economic'], problem: problemOf(error, this.ctx.language()) });
    }
  }

  /**
   * e-conomic books nothing dated outside an open accounting year (a year not created yet,
   * or closed): today's orders and payments and the invoice dates of the dry run must each
   * fall in one. A year that ends soon without the next one created is worth a warning.
   */
  private async accountingYears(invoiceDates: string[]): Promise<Line> {
    const lang = this.ctx.language();
    let years: AccountingYear[];
    try {
      years = await (await this.connections.economic()).accountingYears();
    } catch (error) {
      return line('accountingYears', 'fail', { problem: problemOf(error, lang) });
    }
    const openYearOf = (date: string) => openAccountingYearOf(years, date);
    const today = danishDate(this.ctx.clock().toISOString());
    const dates = [...new Set([today, ...invoiceDates])].sort();
    const uncovered = dates.filter((d) => !openYearOf(d));
    if (uncovered.length > 0) {
      const closed = years.filter((y) => y.closed && uncovered.some((d) => y.fromDate <= d && d <= y.toDate)).map((y) => y.year);
      return line('accountingYears', 'fail', { params: { dates: this.dates(uncovered), ...(closed.length > 0 ? { variant: 'closed', years: listOf(closed) } : {}) } });
    }
    const ending = yearEndingWithoutNext(years, today);
    if (ending) return line('accountingYears', 'warn', { params: { year: ending.year, end: formatMailDate(ending.toDate, lang) } });
    return line('accountingYears', 'ok', { params: { years: listOf([...new Set(dates.map((d) => openYearOf(d)!.year))]) } });
  }

  /** Dates as the owner reads them: a few by name, many as their first and last. */
  private dates(dates: string[]): string {
    const lang = this.ctx.language();
    if (dates.length <= 3) return listOf(dates.map((d) => formatMailDate(d, lang)));
    return `${formatMailDate(dates[0], lang)} – ${formatMailDate(dates[dates.length - 1], lang)}`;
  }

  /** A test mail through the saved server, accepted by it now. */
  private async mail(): Promise<Line> {
    const settings = this.mailSettings.sending();
    if (!settings) return line('mail', 'fail', { steps: ['mail'], params: { variant: 'missing' } });
    const to = (await this.mailSettings.ownerAddress()) || settings.fromAddress;
    const host = `${settings.smtp.host}:${settings.smtp.port}`;
    try {
      const sent = await this.mailSettings.testSaved(to);
      return line('mail', 'ok', { params: { host, to: sent?.to ?? to } });
    } catch (error) {
      return line('mail', 'fail', { steps: ['mail'], params: { host }, problem: problemOf(error, this.ctx.language()) });
    }
  }

  private currencies(orders: Order[], answers: WizardAnswers): Line {
    const seen = [...new Set(orders.map((o) => o.currency))];
    const enabled = answers.currencies?.enabled ?? [];
    const missing = seen.filter((c) => !enabled.includes(c));
    if (missing.length > 0) return line('currencies', 'fail', { steps: ['currencies'], params: { currencies: listOf(missing) } });
    return line('currencies', 'ok', { params: { orders: orders.length, currencies: listOf(seen.length > 0 ? seen : enabled) } });
  }

  private paymentMethods(orders: Order[], answers: WizardAnswers): Line {
    const seen = new Map<string, { title: string; orders: number }>();
    for (const o of orders) {
      if (!o.payment.id) continue;
      const s = seen.get(o.payment.id) ?? { title: o.payment.title || o.payment.id, orders: 0 };
      s.orders++;
      seen.set(o.payment.id, s);
    }
    const mapped = answers.paymentMethods ?? {};
    const missing = [...seen.entries()].filter(([id]) => mapped[id] === undefined);
    if (missing.length > 0) {
      const methods = listOf(missing.map(([, m]) => `${m.title} (${m.orders})`));
      return line('paymentMethods', 'fail', { steps: ['paymentMethods'], params: { methods } });
    }
    return line('paymentMethods', 'ok', { params: { count: seen.size, orders: orders.length } });
  }

  /**
   * Each rate of the newest orders has a product group. With One-Stop-Shop on, a consumer in
   * another EU country is booked on that country's group for the rate ("DE:19"), chosen or
   * proposed by e-conomic (the proposals are read only when a chosen group is missing).
   */
  private async vatRates(orders: Order[], answers: WizardAnswers): Promise<Line> {
    const lang = this.ctx.language();
    const vat = { homeCountry: answers.currencies?.homeCountry ?? 'DK', oss: answers.currencies?.oss ?? false };
    const keysOf = (order: Order) => {
      const treatment = vatTreatment(order, vat);
      return treatment.kind === 'oss' ? lineVatRates(order).map((rate) => ossKey(treatment.country, rate)) : lineVatRates(order);
    };
    const seen = [...new Set(orders.flatMap(keysOf))].sort(byProductGroupKey);
    const groups = answers.mapping?.productGroups ?? {};
    let missing = seen.filter((key) => groups[key] === undefined);
    if (missing.some(isOssKey) && answers.currencies) {
      const proposed = await this.ossProposals(answers.currencies);
      missing = missing.filter((key) => !proposed.has(key));
    }
    const show = (keys: string[]) => listOf(keys.map((key) => `${formatProductGroupKey(key, lang)} %`));
    if (missing.length > 0) return line('vatRates', 'fail', { steps: ['mapping'], params: { rates: show(missing) } });
    return line('vatRates', 'ok', { params: { orders: orders.length, rates: show(seen) } });
  }

  /** The OSS keys e-conomic proposes a group for; none when e-conomic cannot be read (the e-conomic line says why). */
  private async ossProposals(currencies: NonNullable<WizardAnswers['currencies']>): Promise<Set<string>> {
    try {
      const client = await this.connections.economic();
      const proposals = await loadOssProposals(client, await client.productGroups(), currencies.vatZones.domestic, currencies.homeCountry);
      return new Set(proposals.map((p) => p.key));
    } catch {
      return new Set();
    }
  }

  /**
   * A profile that books each day as a finance voucher in a journal (postingUnit "day",
   * dayBooking "journal"): the journal, the payment methods' clearing accounts and the sales
   * accounts' VAT codes, checked with the booking's own rules (checkDayJournal); every problem
   * is named, the first with its text and fix. Null for any other profile: nothing to check.
   */
  private async dayJournal(): Promise<Line | null> {
    const parsed = this.wizard.answersAsProfile();
    if (!parsed.success || parsed.data.postingUnit !== 'day' || parsed.data.dayBooking !== 'journal') return null;
    const lang = this.ctx.language();
    try {
      const found = await checkDayJournal({ client: await this.connections.economic(), profile: parsed.data }, this.ctx.clock());
      const params = { journal: found.journalNumber ?? '—', methods: found.methods, groups: found.productGroups };
      if (found.problems.length === 0) return line('dayJournal', 'ok', { params });
      const described = found.problems.map((p) => describe(p.code, (p.params ?? {}) as Params, lang));
      const steps = [...new Set(found.problems.map((p) => JOURNAL_PROBLEM_STEPS[p.code] ?? 'mapping'))];
      return line('dayJournal', 'fail', {
        steps,
        params: { ...params, problems: listOf(described.map((d) => `${d.code} ${d.title}`)) },
        problem: { code: described[0].code, message: described[0].message, fix: described[0].fix },
      });
    } catch (error) {
      return line('dayJournal', 'fail', { problem: problemOf(error, lang) });
    }
  }

  /** Each active rule matches at least one of the newest orders; one that matches none is worth a look. */
  private rules(orders: Order[], answers: WizardAnswers): Line {
    const active = (answers.rules ?? []).filter((r) => r.enabled);
    if (active.length === 0) return line('rules', 'ok', { params: { variant: 'none' } });
    const idle = active.filter((rule) => !orders.some((o) => rule.when.every((c) => conditionHolds(o, c))));
    if (idle.length > 0) return line('rules', 'warn', { steps: ['rules'], params: { orders: orders.length, rules: listOf(idle.map((r) => r.name)) } });
    return line('rules', 'ok', { params: { count: active.length, orders: orders.length } });
  }

  /**
   * The newest orders at a transfer stage, worked through as the engine would book them.
   * An order the setup stops (a mapping) is red; one whose own data stops it goes to the
   * error log after the start and is only worth knowing. The first sync starts at the
   * oldest of them, so it books what this showed.
   */
  private async dryRunLine(orders: NormalizedOrder[], stepsFailed: boolean): Promise<{ line: Line; invoices: DryRunInvoice[]; invoiceDates: string[]; firstSyncFrom: string | null }> {
    const lang = this.ctx.language();
    const none = { invoices: [], invoiceDates: [], firstSyncFrom: null };
    if (stepsFailed) return { line: line('dryRun', 'fail', { params: { variant: 'blocked' } }), ...none };
    if (orders.length === 0) return { line: line('dryRun', 'warn', { steps: ['stages'], params: { variant: 'empty' } }), ...none };
    try {
      return await this.dryRun.withAnswersRuntime(async (runtime) => {
        const ctx = await previewContext(runtime, lang);
        const invoiceDates: string[] = [];
        // Journal mode: the orders that go into a day are shown as their day's voucher, what is really written.
        const journalDays = runtime.profile.postingUnit === 'day' && runtime.profile.dayBooking === 'journal';
        const forDays: OrderForDay[] = [];
        const invoices = orders.flatMap((n) => {
          const entry = previewOrder(ctx, n);
          if (entry?.invoice) invoiceDates.push(entry.invoice.date);
          if (journalDays && entry?.day && entry.invoice) {
            forDays.push({ order: n.order, lines: entry.invoice.lines });
            return [];
          }
          return entry ? [toDryRunInvoice(entry, runtime, n)] : [];
        });
        if (journalDays) invoices.push(...(await previewDaysOf(ctx, forDays)).map((day) => dayAsDryRunInvoice(day, runtime, lang)));
        const stopped = invoices.filter((i) => i.problems.length > 0 && i.action !== 'draft' && i.action !== 'book');
        const bySetup = stopped.filter((i) => i.problems.some((p) => CATALOGUE[p.code as ErrorCode]?.category === 'setup'));
        const status = bySetup.length > 0 ? 'fail' : stopped.length > 0 ? 'warn' : 'ok';
        const shown = status === 'fail' ? bySetup : stopped;
        const firstSyncFrom = orders.reduce((oldest, n) => (n.order.dates.modified < oldest ? n.order.dates.modified : oldest), orders[0].order.dates.modified);
        return {
          line: line('dryRun', status, {
            params: { count: invoices.length, problems: shown.length, orders: listOf(shown.map((i) => `#${i.orderNumber} (${i.problems.map((p) => p.code).join(', ')})`)) },
          }),
          invoices,
          invoiceDates,
          firstSyncFrom: new Date(firstSyncFrom).toISOString(),
        };
      });
    } catch (error) {
      return { line: line('dryRun', 'fail', { params: { variant: 'error' }, problem: problemOf(error, lang) }), ...none };
    }
  }

  private problem(code: ErrorCode, params: Params): Problem {
    const d = describe(code, params, this.ctx.language());
    return { code, message: d.message, fix: d.fix };
  }
}
