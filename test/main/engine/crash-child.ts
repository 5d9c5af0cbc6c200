// Runs one sync cycle on a data dir; the parent test kills it at a crash point
// (LEDGERBRIDGE_CRASH_AT) and then runs it again to finish. With --no-lookup the cycle
// skips the lookup by order reference of writes a crash left unfinished.
import { runCycle } from '../../../main/engine/cycle';
import { Runtime } from '../../../main/runtime/runtime';
import { MemorySecretStore } from '../../../main/secrets';

const [dataDir, ...flags] = process.argv.slice(2);
const runtime = await Runtime.open({ dataDir, secrets: new MemorySecretStore(), economicClientOptions: { sleep: async () => undefined } });
try {
  const summary = flags.includes('--no-lookup')
    ? await runCycle(await runtime.context(), { shop: await runtime.shop(), processMail: () => runtime.processMail(), recoverInFlight: async () => undefined })
    : await runtime.syncOnce();
  process.stdout.write(JSON.stringify(summary));
} finally {
  runtime.close();
}
