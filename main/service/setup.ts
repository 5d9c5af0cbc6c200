import type { Customer, Product } from '../connectors/economic/types';
import type { Request, Response } from '../../shared/ipc/contract';
import { loadOssProposals } from '../engine/oss-groups';
import type { Connections } from './connections';
import { economicClientFor, shopConnectorFor } from './connections';
import type { ServiceContext } from './context';
import { translated } from './errors';
import { readLicence } from './licence';
import { RECENT_ORDERS, recentValues } from './recent-values';
import { settingsRuntime } from './settings-shop';
import type { WizardArea } from './wizard';

/** Customers offered as the collective customer; a shop with more picks by number. */
const CUSTOMER_PICK_LIMIT = 1000;

/** The wizard's connection tests and what it reads from the shop and e-conomic to map. */
export class SetupArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly connections: Connections,
    private readonly wizard: WizardArea,
  ) {}

  async testShop(req: Request<'shop.testConnection'>): Promise<Response<'shop.testConnection'>> {
    return translated(
      this.ctx.language(),
      async () => {
        const identity = await (await shopConnectorFor(req.platform, req.url, req.credentials)).testConnection();
        return { shopName: identity.name || new URL(req.url).hostname, currency: identity.currency ?? 'DKK' };
      },
      { platform: req.platform },
    );
  }

  async testEconomic(req: Request<'economic.testConnection'>): Promise<Response<'economic.testConnection'>> {
    return translated(this.ctx.language(), async () => {
      const self = await economicClientFor(this.ctx, req, { maxAttempts: 2 }).self();
      return {
        companyName: self.company?.name ?? '',
        agreementNumber: self.agreementNumber,
        ...(self.settings?.baseCurrency ? { baseCurrency: self.settings.baseCurrency } : {}),
      };
    });
  }

  async statuses(): Promise<Response<'shop.statuses'>> {
    return translated(
      this.ctx.language(),
      async () => {
        const statuses = await (await this.connections.shop()).discoverStatuses();
        return { statuses: statuses.map((s) => ({ slug: s.slug, name: s.name, count: s.count ?? 0, custom: s.custom })) };
      },
      { platform: this.connections.platform() },
    );
  }

  /**
   * The payment methods the shop's newest orders were paid with (whatever their dates),
   * most used first, plus gateways that are switched on but not used yet (count 0), so
   * every one can be mapped — the same orders the setup check looks at.
   */
  async paymentMethods(req: Request<'shop.paymentMethods'>): Promise<Response<'shop.paymentMethods'>> {
    return translated(
      this.ctx.language(),
      async () => {
        const shop = await this.connections.shop();
        const orders = (await shop.latestOrders(req.recentOrders)).map((n) => n.order).filter((o) => o.payment.id);
        const seen = new Map<string, { id: string; title: string; orderCount: number; lastSeenAt: string | null }>();
        for (const order of orders) {
          const m = seen.get(order.payment.id) ?? { id: order.payment.id, title: order.payment.title || order.payment.id, orderCount: 0, lastSeenAt: null };
          m.orderCount++;
          if (!m.lastSeenAt || order.dates.created > m.lastSeenAt) m.lastSeenAt = order.dates.created;
          seen.set(order.payment.id, m);
        }
        for (const gateway of await shop.discoverPaymentMethods().catch(() => [])) {
          if (gateway.enabled && gateway.id && !seen.has(gateway.id)) seen.set(gateway.id, { id: gateway.id, title: gateway.title, orderCount: 0, lastSeenAt: null });
        }
        return { methods: [...seen.values()].sort((a, b) => b.orderCount - a.orderCount || a.title.localeCompare(b.title)) };
      },
      { platform: this.connections.platform() },
    );
  }

  async checkLicence(req: Request<'licence.check'>): Promise<Response<'licence.check'>> {
    return readLicence(req.licence, this.ctx.language(), this.ctx.clock());
  }

  /** What the shop's newest orders contain, whatever their dates: mappings and rules pick from it. */
  async recentValues(req: Request<'shop.recentValues'>): Promise<Response<'shop.recentValues'>> {
    return translated(
      this.ctx.language(),
      async () => recentValues((await (await this.connections.shop(req.profile)).latestOrders(RECENT_ORDERS)).map((n) => n.order)),
      { platform: this.connections.platform(req.profile) },
    );
  }

  /** e-conomic's choices (of the shop Settings name, else of the wizard's shop). */
  async referenceData(req: Request<'economic.referenceData'>): Promise<Response<'economic.referenceData'>> {
    return translated(this.ctx.language(), async () => {
      const client = await this.connections.economic(req.profile);
      const customers: Customer[] = [];
      for await (const c of client.iterate<Customer>('/customers', { pageSize: CUSTOMER_PICK_LIMIT })) {
        customers.push(c);
        if (customers.length >= CUSTOMER_PICK_LIMIT) break;
      }
      // One-Stop-Shop, the shop's country and domestic VAT zone: the profile's, or the wizard's answers; OSS is off until the consultant turns it on.
      const vat = settingsRuntime(this.ctx, this.wizard, req.profile)?.profile ?? this.wizard.current().answers.currencies;
      const [layouts, paymentTerms, vatZones, productGroups, products, currencies, journals, accounts] = await Promise.all([
        client.layouts(),
        client.paymentTerms(),
        client.vatZones(),
        client.productGroups(),
        client.listAll<Product>('/products', { pageSize: 1000 }),
        client.currencies(),
        client.journals(),
        client.accounts(),
      ]);
      return {
        layouts: layouts.filter((l) => !l.deleted).map((l) => ({ number: l.layoutNumber, name: l.name })),
        paymentTerms: paymentTerms.map((t) => ({
          number: t.paymentTermsNumber,
          name: t.name,
          ...(t.paymentTermsType ? { type: t.paymentTermsType } : {}),
          ...(t.daysOfCredit !== undefined ? { days: t.daysOfCredit } : {}),
        })),
        vatZones: vatZones.map((z) => ({ number: z.vatZoneNumber, name: z.name })),
        productGroups: productGroups.map((g) => ({ number: g.productGroupNumber, name: g.name })),
        products: products.filter((p) => !p.barred).map((p) => ({ productNumber: p.productNumber, name: p.name })),
        currencies: currencies.map((c) => ({ code: c.code, name: c.name ?? c.code })),
        journals: journals.map((j) => ({ number: j.journalNumber, name: j.name, ...(j.settings?.entryTypeRestrictedTo ? { entryTypeRestrictedTo: j.settings.entryTypeRestrictedTo } : {}) })),
        accounts: accounts.filter((a) => !a.barred).map((a) => ({ number: a.accountNumber, name: a.name, accountType: a.accountType })),
        customers: customers.map((c) => ({ number: c.customerNumber, name: c.name })),
        ossProposals: vat?.oss ? await loadOssProposals(client, productGroups, vat.vatZones.domestic, vat.homeCountry) : [],
      };
    });
  }

  /**
   * e-conomic's One-Stop-Shop proposals for the country and domestic VAT zone the form shows,
   * so the consultant sees them the moment OSS is switched on, before anything is saved.
   */
  async ossProposals(req: Request<'economic.ossProposals'>): Promise<Response<'economic.ossProposals'>> {
    return translated(this.ctx.language(), async () => {
      const client = await this.connections.economic(req.profile);
      return { proposals: await loadOssProposals(client, await client.productGroups(), req.domesticZone, req.homeCountry) };
    });
  }
}
