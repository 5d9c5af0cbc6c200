// Child process for the lock race test: for every line "go <dir>" on stdin it lets go of the
// lock it won in the previous round, tries to take the lock of <dir> at once, and answers
// "won <dir>" or "lost <dir>". The parent sends the same line to every racer together.
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from '../../../../main/ledger';

let held: DataDirLock | null = null;
createInterface({ input: process.stdin }).on('line', (line) => {
  const dir = line.slice('go '.length);
  held?.release();
  held = null;
  mkdirSync(dir, { recursive: true });
  try {
    held = acquireDataDirLock(dir);
    process.stdout.write(`won ${dir}\n`);
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    process.stdout.write(`lost ${dir}\n`);
  }
});
process.stdout.write('ready\n');
