import type { Migration } from './migration';

/**
 * The owner's approval of an order a rule holds: which version of the order (its
 * generation) was approved, by whom and when. A later change in the shop bumps the
 * generation, so an approval never covers content the owner did not see.
 */
export const migration007OrderApproval: Migration = {
  version: 7,
  name: 'order-approval',
  up(db) {
    db.exec(`
      ALTER TABLE orders ADD COLUMN approved_generation INTEGER;
      ALTER TABLE orders ADD COLUMN approved_by TEXT;
      ALTER TABLE orders ADD COLUMN approved_at TEXT;
    `);
  },
};
