// Runs one sync cycle on a data dir; the parent test kills it at a crash point
// (LEDGERBRIDGE_CRASH_AT) and then runs it again to finish.
import { Runtime } from '../../../main/runtime/runtime';
import { MemorySecretStore } from '../../../main/secrets';

const dataDir = process.argv[2];
const runtime = await Runtime.open({ dataDir, secrets: new MemorySecretStore(), economicClientOptions: { sleep: async () => undefined } });
try {
  const summary = await runtime.syncOnce();
  process.stdout.write(JSON.stringify(summary));
} finally {
  runtime.close();
}
