// The background loop as the tray app runs it: a scheduler with the given interval, which
// syncs at once and then waits. Prints "ready" after the first sync so the parent can
// start counting the wake-ups of the idle wait.
import { Runtime } from '../../../main/runtime/runtime';
import { SyncScheduler } from '../../../main/engine/scheduler';
import { MemorySecretStore } from '../../../main/secrets';

const [dataDir, intervalMs] = [process.argv[2], Number(process.argv[3])];
const runtime = await Runtime.open({ dataDir, secrets: new MemorySecretStore() });
const scheduler = new SyncScheduler(() => runtime.syncOnce(), { intervalMs });
scheduler.start();
await scheduler.syncNow();
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  scheduler.stop();
  runtime.close();
  process.exit(0);
});
