export { startWooSandbox, type WooSandbox, type WooSandboxOptions, type WooSandboxState } from './server';
export type { WooFaults, FaultOutcome } from './faults';
export { generateWooDemoOrders, generateWooOrders } from './demo-orders';
