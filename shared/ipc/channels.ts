/**
 * The names of every request channel and push event, without their schemas.
 * The preload imports only this file so the sandboxed bundle stays tiny; the
 * contract test checks these lists match the schema maps in `contract.ts`.
 */
export const CHANNELS = [
  'app.info',
  'settings.get',
  'settings.update',
  'wizard.get',
  'wizard.saveStep',
  'shop.testConnection',
  'shop.statuses',
  'shop.paymentMethods',
  'economic.testConnection',
  'economic.referenceData',
  'profile.get',
  'profile.save',
  'rules.get',
  'rules.save',
  'mail.getTemplate',
  'mail.validateTemplate',
  'mail.saveTemplate',
  'mail.preview',
  'mail.testSend',
  'mail.getSettings',
  'mail.saveSettings',
  'sync.dryRun',
  'sync.now',
  'sync.pause',
  'sync.resume',
  'dashboard.get',
  'supervised.confirmChecked',
  'supervised.activate',
  'orders.list',
  'orders.get',
  'orders.retry',
  'orders.openInEconomic',
  'log.list',
  'log.get',
  'log.resolve',
  'support.createBundle',
  'invoices.pdf',
  'orders.exportCsv',
  'orders.approve',
  'orders.skip',
  'invoices.list',
  'invoices.resendMail',
  'invoices.markMailSent',
  'dashboard.nextUp',
  'supervised.preview',
  'supervised.deactivate',
  'reconcile.run',
  'oss.report',
  'orders.openInShop',
  'licence.check',
  'shop.recentValues',
  'currencies.get',
  'currencies.save',
  'economic.ossProposals',
  'setup.check',
  'wizard.finish',
  'mail.testServer',
  'economic.startGrant',
  'economic.grantStatus',
  'economic.cancelGrant',
  'import.preview',
  'import.start',
  'import.pause',
  'import.status',
  'days.list',
  'days.orderList',
  'days.pdf',
  'days.sendToAccountant',
  'days.retry',
  'accountant.get',
  'accountant.save',
  'posting.get',
  'posting.save',
  'shops.list',
  'shops.switch',
  'shops.add',
  'shops.cancelAdd',
  'shops.remove',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVENTS = ['status.changed', 'sync.progress', 'notification'] as const;
export type EventName = (typeof EVENTS)[number];

/** Electron IPC channel names are namespaced so nothing else can collide with them. */
export const IPC_PREFIX = 'lb:';
export const IPC_EVENT_PREFIX = 'lb-event:';

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENTS as readonly string[]).includes(name);
}
