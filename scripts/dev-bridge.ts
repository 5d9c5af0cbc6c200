/**
 * Serves the built renderer in a plain browser with the real engine behind it:
 *
 *   node scripts/build.mjs --renderer-only
 *   npm run dev:renderer -- [--data-dir DIR] [--demo | --sandboxes] [--platform woocommerce|shopify] [--orders N] [--port N] [--memory-secrets]
 *
 * Without --data-dir a new temporary folder is used (a fresh installation: the setup
 * wizard). --demo starts the local sandboxes and sets up the demo profile first;
 * --sandboxes starts them for a fresh installation, so the whole setup wizard can be
 * walked against them (e-conomic connected through the sandbox's own "add app" page). It
 * builds nothing itself; run the renderer build (or `npx vite build --watch`) beside it.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDevBridge, type DevBridge } from '../main/bridge/dev-bridge';
import { createAppService } from '../main/service/app-service';
import { startDemoService } from '../main/demo/demo-service';
import { DEMO_LICENCE } from '../main/demo/demo-licence';
import { startSandboxes } from '../main/demo/start-sandboxes';
import { SANDBOX_LOGIN } from '../main/sandbox/economic';
import { MemorySecretStore } from '../main/secrets';
import type { AppEvent } from '../shared/ipc/contract';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    demo: { type: 'boolean', default: false },
    sandboxes: { type: 'boolean', default: false },
    platform: { type: 'string', default: 'woocommerce' },
    orders: { type: 'string', default: '40' },
    port: { type: 'string', default: '0' },
    'memory-secrets': { type: 'boolean', default: false },
    'static-dir': { type: 'string', default: 'out/renderer' },
  },
});

const dataDir = values['data-dir'] ? resolve(values['data-dir']) : mkdtempSync(join(tmpdir(), 'ledgerbridge-dev-'));
const staticDir = resolve(values['static-dir']!);
if (!existsSync(join(staticDir, 'index.html'))) {
  console.error(`dev-bridge: ${staticDir}/index.html is missing; build the renderer first: node scripts/build.mjs --renderer-only`);
  process.exit(2);
}
if (values.platform !== 'woocommerce' && values.platform !== 'shopify') {
  console.error('dev-bridge: --platform must be woocommerce or shopify');
  process.exit(2);
}

// The bridge starts after the service; events before that have no page to go to.
let bridge: DevBridge | null = null;
const onEvent = (event: AppEvent) => bridge?.emit(event);

const demo = values.demo ? await startDemoService({ dataDir, onEvent, platform: values.platform, orders: Number(values.orders) }) : null;
const sandboxes = !demo && values.sandboxes ? await startSandboxes({ platform: values.platform, demoOrders: Number(values.orders) }) : null;
const service =
  demo?.service ??
  (await createAppService({
    dataDir,
    onEvent,
    ...(values['memory-secrets'] ? { secrets: new MemorySecretStore() } : {}),
    ...(sandboxes
      ? {
          economicUrl: sandboxes.economic.url,
          economicApp: { publicToken: sandboxes.economic.appPublicToken, secretToken: sandboxes.economic.appSecretToken, grantUrl: sandboxes.economic.grantUrl },
        }
      : {}),
  }));
bridge = await startDevBridge({
  service,
  port: Number(values.port),
  staticDir,
  onInternalError: (channel, error) => console.error(`[dev-bridge] ${channel}:`, error instanceof Error ? error.message : error),
});

if (demo) console.log(JSON.stringify(demo.sandboxes.line));
if (sandboxes) {
  console.log(JSON.stringify(sandboxes.line));
  console.log(`Demo licence for the wizard (valid only against these sandboxes): ${DEMO_LICENCE}`);
  console.log(`e-conomic login on its "add app" page: ${SANDBOX_LOGIN.email} / ${SANDBOX_LOGIN.password}`);
}
console.log(`LedgerBridge dev bridge: ${bridge.url}/index.html  (data dir ${dataDir})`);

const stop = async () => {
  await bridge?.close();
  if (demo) await demo.close();
  else await service.dispose();
  await sandboxes?.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
