// Child process for the data-dir lock tests: opens the ledger in argv[2], says so, and
// keeps it open until stdin closes (or the parent kills it), or exits at once without closing.
import { openLedger, DataDirLockedError } from '../../../../main/ledger';

const dir = process.argv[2];
try {
  const ledger = openLedger(dir);
  process.stdout.write(`opened ${process.pid}\n`);
  // "exit-without-close": end the process normally but forget to close the ledger.
  if (process.argv[3] === 'exit-without-close') process.exit(0);
  process.stdin.resume();
  process.stdin.on('end', () => {
    ledger.close();
    process.exit(0);
  });
} catch (err) {
  if (err instanceof DataDirLockedError) {
    process.stdout.write(`locked ${err.holderPid}\n`);
    process.exit(4);
  }
  throw err;
}
