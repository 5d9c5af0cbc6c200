// One headless sync cycle on a data dir, in its own process so its peak memory is its own.
// Prints {"summary":…,"maxRssMB":…} on stdout.
import { Runtime } from '../../../main/runtime/runtime';
import { MemorySecretStore } from '../../../main/secrets';

const dataDir = process.argv[2];
const runtime = await Runtime.open({ dataDir, secrets: new MemorySecretStore() });
try {
  const summary = await runtime.syncOnce();
  // resourceUsage().maxRSS is in kilobytes: the high-water mark of the whole process.
  process.stdout.write(JSON.stringify({ summary, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
} finally {
  runtime.close();
}
