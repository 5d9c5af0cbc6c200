// Child process for the checkpointer tests: opens the ledger in argv[2], commits a few thousand
// WAL pages through the group commit (so the checkpoint worker has run), says so and returns
// without closing the ledger. Nothing else is left to do: the process should end by itself.
import { openLedger } from '../../../../main/ledger';

const ledger = openLedger(process.argv[2]);
ledger.db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)');
const insert = ledger.db.prepare('INSERT INTO filler (data) VALUES (randomblob(40000))');
await ledger.grouped(async () => {
  for (let i = 0; i < 300; i++) {
    insert.run();
    await ledger.durable();
  }
});
// The worker (started at the 100th commit) does not keep the process alive, so its answer is awaited beside a timer that does.
let timer: NodeJS.Timeout | undefined;
const ready = await Promise.race([ledger.checkpointer?.ready, new Promise((r) => (timer = setTimeout(r, 10_000, 'no answer')))]);
clearTimeout(timer);
process.stdout.write(`wrote, checkpoint worker ready ${String(ready)}\n`);
