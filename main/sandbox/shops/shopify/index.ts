export { startShopifySandbox, SANDBOX_API_VERSION, type ShopifySandbox, type ShopifySandboxOptions, type ShopifySandboxState } from './server';
export type { FaultSettings, FaultStatus } from './faults';
