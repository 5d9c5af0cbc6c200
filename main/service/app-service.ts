import { appVersion } from '../app-version';
import type { AppService } from '../../shared/ipc/contract';
import { Connections } from './connections';
import { ServiceContext, type AppServiceOptions } from './context';
import { CurrenciesArea } from './currencies';
import { DashboardArea } from './dashboard';
import { DaysArea } from './days';
import { AccountantArea } from './accountant';
import { PostingArea } from './posting';
import { DryRunArea } from './dry-run';
import { economicAppIdentity } from './economic-app';
import { EconomicGrantFlow } from './economic-grant';
import { ImportArea } from './import';
import { InvoicesArea } from './invoices';
import { LogArea } from './log';
import { MailArea } from './mail';
import { MailSettingsArea } from './mail-settings';
import { NextUpArea } from './next-up';
import { OrdersArea } from './orders';
import { OssArea } from './oss';
import { ReconciliationArea } from './reconciliation';
import { SettingsArea } from './settings';
import { SetupArea } from './setup';
import { SetupCheckArea } from './setup-check';
import { ShopsArea } from './shops';
import { SyncLoop } from './sync-loop';
import { WizardArea } from './wizard';

export type { AppServiceOptions } from './context';

export type DesktopService = AppService & {
  /** Stops the sync loop and closes the engine (releasing the data-dir lock). */
  dispose(): Promise<void>;
  /**
   * Hands over to an update's installer only between syncs: the sync running now finishes its
   * writes, no next one starts, the ledger is closed, and then `install` (which restarts the
   * app into the new version) runs.
   */
  installUpdate(install: () => void): Promise<void>;
};

/**
 * The engine side of the desktop contract: every channel of `shared/ipc/contract.ts`
 * implemented against the real engine, connectors and stores of one data directory.
 * Works before any profile exists (the setup wizard), and opens the engine and its
 * background sync loop as soon as the wizard saves the profile.
 */
export async function createAppService(options: AppServiceOptions): Promise<DesktopService> {
  const ctx = new ServiceContext(options);
  const version = options.appVersion ?? appVersion();
  const loop = new SyncLoop(ctx, options.autoSync ?? true);
  const wizard = new WizardArea(ctx);
  const connections = new Connections(ctx, wizard);
  const setup = new SetupArea(ctx, connections, wizard);
  const mailSettings = new MailSettingsArea(ctx, wizard);
  const mail = new MailArea(ctx, wizard, connections, mailSettings);
  const dryRun = new DryRunArea(ctx, wizard);
  const dashboard = new DashboardArea(ctx, loop, wizard);
  const orders = new OrdersArea(ctx, loop);
  const invoices = new InvoicesArea(ctx, loop);
  const nextUp = new NextUpArea(ctx);
  const reconciliation = new ReconciliationArea(ctx);
  const oss = new OssArea(ctx);
  const days = new DaysArea(ctx, loop);
  const accountant = new AccountantArea(ctx);
  const log = new LogArea(ctx, version, loop);
  const settings = new SettingsArea(ctx, loop, wizard, version);
  const currencies = new CurrenciesArea(ctx, wizard);
  const posting = new PostingArea(ctx, wizard);
  const check = new SetupCheckArea(ctx, wizard, connections, mailSettings, dryRun);
  const grant = new EconomicGrantFlow(ctx, wizard, economicAppIdentity(options.economicApp, options.env ?? process.env));
  const imports = new ImportArea(ctx, loop);
  const shops = new ShopsArea(ctx, loop, wizard);

  ctx.onRuntimeOpened((runtimes) => loop.attach(runtimes));
  ctx.onRuntimeClosing(async () => {
    loop.detach();
    await loop.idle();
  });
  await ctx.openRuntime();

  let disposed = false;
  const service: DesktopService = {
    'app.info': () => settings.info(),
    'settings.get': () => settings.get(),
    'settings.update': (req) => settings.update(req),
    'wizard.get': () => wizard.get(),
    'wizard.saveStep': (req) => wizard.saveStep(req),
    'shop.testConnection': (req) => setup.testShop(req),
    'shop.statuses': () => setup.statuses(),
    'shop.paymentMethods': (req) => setup.paymentMethods(req),
    'economic.testConnection': (req) => setup.testEconomic(req),
    'economic.referenceData': (req) => setup.referenceData(req),
    'economic.ossProposals': (req) => setup.ossProposals(req),
    'profile.get': (req) => wizard.getProfile(req),
    'profile.save': (req) => wizard.saveProfile(req),
    'rules.get': () => wizard.getRules(),
    'rules.save': (req) => wizard.saveRules(req),
    'mail.getTemplate': (req) => mail.getTemplate(req),
    'mail.validateTemplate': (req) => mail.validate(req),
    'mail.saveTemplate': (req) => mail.save(req),
    'mail.preview': (req) => mail.preview(req),
    'mail.testSend': (req) => mail.testSend(req),
    'mail.getSettings': (req) => mailSettings.get(req),
    'mail.saveSettings': (req) => mailSettings.save(req),
    'sync.dryRun': (req) => dryRun.run(req),
    'sync.now': (req) => loop.syncNow(req),
    'sync.pause': async () => ({ paused: loop.pause() }),
    'sync.resume': async () => ({ paused: loop.resume() }),
    'dashboard.get': () => dashboard.get(),
    'supervised.confirmChecked': (req) => dashboard.confirmChecked(req),
    'supervised.activate': (req) => dashboard.activate(req),
    'orders.list': (req) => orders.list(req),
    'orders.get': (req) => orders.get(req),
    'orders.retry': (req) => orders.retry(req),
    'orders.openInEconomic': (req) => orders.openInEconomic(req),
    'log.list': (req) => log.list(req),
    'log.get': (req) => log.get(req),
    'log.resolve': (req) => log.resolve(req),
    'support.createBundle': () => log.supportBundle(),
    'invoices.pdf': (req) => orders.pdf(req),
    'orders.exportCsv': (req) => orders.exportCsv(req),
    'orders.approve': (req) => orders.approve(req),
    'orders.skip': (req) => orders.skip(req),
    'invoices.list': (req) => invoices.list(req),
    'invoices.resendMail': (req) => invoices.resendMail(req),
    'invoices.markMailSent': (req) => invoices.markMailSent(req),
    'dashboard.nextUp': () => nextUp.get(),
    'supervised.preview': () => dashboard.postingPreview(),
    'supervised.deactivate': (req) => dashboard.deactivate(req),
    'reconcile.run': (req) => reconciliation.run(req),
    'oss.report': (req) => oss.report(req),
    'orders.openInShop': (req) => orders.openInShop(req),
    'licence.check': (req) => setup.checkLicence(req),
    'shop.recentValues': (req) => setup.recentValues(req),
    'currencies.get': (req) => currencies.get(req),
    'currencies.save': (req) => currencies.save(req),
    'setup.check': () => check.run(),
    'wizard.finish': () => wizard.finish(),
    'mail.testServer': (req) => mailSettings.testServer(req),
    'economic.startGrant': () => grant.start(),
    'economic.grantStatus': async () => grant.status(),
    'economic.cancelGrant': async () => grant.cancel(),
    'import.preview': (req) => imports.preview(req),
    'import.start': (req) => imports.start(req),
    'import.pause': () => imports.pause(),
    'import.status': () => imports.status(),
    'days.list': (req) => days.list(req),
    'days.orderList': (req) => days.orderList(req),
    'days.pdf': (req) => days.pdf(req),
    'days.sendToAccountant': (req) => days.sendToAccountant(req),
    'days.retry': (req) => days.retry(req),
    'accountant.get': () => accountant.get(),
    'accountant.save': (req) => accountant.save(req),
    'posting.get': (req) => posting.get(req),
    'posting.save': (req) => posting.save(req),
    'shops.list': () => shops.list(),
    'shops.switch': (req) => shops.switchTo(req),
    'shops.add': () => shops.add(),
    'shops.cancelAdd': () => shops.cancelAdd(),
    'shops.remove': (req) => shops.remove(req),
    async dispose() {
      if (disposed) return;
      disposed = true;
      grant.dispose();
      await imports.dispose();
      loop.detach();
      // Let the cycles that are mid-way finish their writes before the ledgers close.
      await loop.idle();
      ctx.closeRuntime();
    },
    async installUpdate(install) {
      await service.dispose();
      install();
    },
  };
  return service;
}
