/**
 * Everything the demo needs, in one folder: the sandboxes started with the public demo
 * credentials, the demo profile with its sandbox-only licence, and the desktop service
 * on the demo. Only the `demo` and `sandbox` commands (lazily), the dev bridge script,
 * the screenshots, the benchmarks and tests import it; the installed app never does.
 */
export { startSandboxes, type Sandboxes, type SandboxesOptions, type ShopSandbox } from './start-sandboxes';
export { demoProfile, demoProfileFor } from './demo-profile';
export { DEMO_LICENCE } from './demo-licence';
export { startDemoService, type DemoService } from './demo-service';
