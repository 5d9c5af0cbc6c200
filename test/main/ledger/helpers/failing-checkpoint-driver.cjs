// Stands in for better-sqlite3 in the checkpoint worker (checkpointer.test.ts): opens the
// database as the real driver does, but every checkpoint fails as a disk error would.
// CommonJS, as the worker require()s its driver.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3');

module.exports = class FailingCheckpoints extends Database {
  prepare(sql) {
    if (/wal_checkpoint/i.test(sql)) return { get: () => { throw new Error('disk I/O error (simulated)'); } };
    return super.prepare(sql);
  }
};
