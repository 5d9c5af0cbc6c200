import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnknownOrderError, type Ledger } from '../../../main/ledger';
import { manualClock, openTempLedger, seenOrder } from './helpers/temp-ledger';

let ledger: Ledger;
let cleanup: () => void;
const clock = manualClock();

beforeEach(() => {
  clock.set('2026-11-27T10:00:00.000Z');
  ({ ledger, cleanup } = openTempLedger({ clock: clock.now }));
});
afterEach(() => cleanup());

describe('recording fetched orders', () => {
  it('records a new order as seen, with the normalized order kept for retries without the shop', () => {
    expect(ledger.orders.upsertSeen(seenOrder('1001'))).toEqual({ isNew: true, changed: false, refundsChanged: false, state: 'seen', generation: 0, previousStatus: null, draftNumber: null });
    const row = ledger.orders.get('1001');
    expect(row).toMatchObject({ orderId: '1001', platform: 'woocommerce', state: 'seen', total: '125.00', currency: 'DKK', attempts: 0, generation: 0 });
    expect(row?.order).toMatchObject({ billing: { email: 'kunde1001@example.dk' } });
    expect(row?.firstSeenAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('keys orders on the platform id as a string, even beyond 2^53 (Shopify)', () => {
    const id = '5783937040554123456';
    ledger.orders.upsertSeen(seenOrder(id, { platform: 'shopify' }));
    expect(ledger.orders.get(id)?.orderId).toBe(id);
    expect(ledger.orders.get('5783937040554123000')).toBeNull();
  });

  it('reports an unchanged re-fetch as neither new nor changed and keeps the state', () => {
    ledger.orders.upsertSeen(seenOrder('1001'));
    ledger.orders.transition('1001', 'eligible');
    expect(ledger.orders.upsertSeen(seenOrder('1001'))).toEqual({ isNew: false, changed: false, refundsChanged: false, state: 'eligible', generation: 0, previousStatus: 'processing', draftNumber: null });
  });

  it('detects a content change and stores the new facts without touching the state', () => {
    ledger.orders.upsertSeen(seenOrder('1001'));
    ledger.orders.transition('1001', 'drafted', { draftNumber: 17 });
    clock.advance(60_000);
    const result = ledger.orders.upsertSeen(seenOrder('1001', { contentHash: 'hash-1001-2', total: '150.00', modified: '2026-11-27T09:30:00.000Z' }));
    // The draft it already has is reported, so the caller can start a new generation of it.
    expect(result).toMatchObject({ isNew: false, changed: true, state: 'drafted', draftNumber: 17 });
    expect(ledger.orders.get('1001')).toMatchObject({ total: '150.00', contentHash: 'hash-1001-2', draftNumber: 17, updatedAt: '2026-11-27T10:01:00.000Z' });
  });

  it('refreshes a status change that does not change the invoice content', () => {
    ledger.orders.upsertSeen(seenOrder('1001', { status: 'on-hold' }));
    const result = ledger.orders.upsertSeen(seenOrder('1001', { status: 'processing', modified: '2026-11-27T09:45:00.000Z' }));
    expect(result).toMatchObject({ changed: false, previousStatus: 'on-hold' });
    expect(ledger.orders.get('1001')).toMatchObject({ status: 'processing', modified: '2026-11-27T09:45:00.000Z' });
  });

  it('counts a generation when the order changes after drafting', () => {
    ledger.orders.upsertSeen(seenOrder('1001'));
    expect(ledger.orders.bumpGeneration('1001')).toBe(1);
    expect(ledger.orders.bumpGeneration('1001')).toBe(2);
    expect(ledger.orders.upsertSeen(seenOrder('1001')).generation).toBe(2);
    expect(() => ledger.orders.bumpGeneration('404')).toThrow(UnknownOrderError);
  });
});

describe('pending refunds', () => {
  it('marks the refunds pending when they change, also when nothing else about the order did', () => {
    ledger.orders.upsertSeen(seenOrder('1001'));
    ledger.orders.transition('1001', 'done', { bookedNumber: 5 });
    expect(ledger.orders.withPendingRefunds()).toEqual([]);

    // Same content hash, same status, same modification time: only the refunds differ.
    const result = ledger.orders.upsertSeen(seenOrder('1001', { refundsKey: '77=125.00' }));
    expect(result).toMatchObject({ changed: false, refundsChanged: true, state: 'done' });
    expect(ledger.orders.withPendingRefunds().map((r) => r.orderId)).toEqual(['1001']);
    expect(ledger.orders.get('1001')).toMatchObject({ refundsKey: '77=125.00', refundsPending: true });

    // Seen again with the same refunds: still pending until the credit-note step settles them.
    expect(ledger.orders.upsertSeen(seenOrder('1001', { refundsKey: '77=125.00' })).refundsChanged).toBe(false);
    ledger.orders.settleRefunds('1001', '77=125.00');
    expect(ledger.orders.withPendingRefunds()).toEqual([]);
  });

  it('offers only booked orders to the credit-note step, and keeps an order that has refunds from the start pending until it is booked', () => {
    expect(ledger.orders.upsertSeen(seenOrder('1002', { refundsKey: '9=10.00' }))).toMatchObject({ isNew: true, refundsChanged: true });
    expect(ledger.orders.withPendingRefunds()).toEqual([]);
    ledger.orders.transition('1002', 'booked', { bookedNumber: 6 });
    expect(ledger.orders.withPendingRefunds().map((r) => r.orderId)).toEqual(['1002']);
  });

  it('keeps the refunds pending when a newer refund arrived after the step began', () => {
    ledger.orders.upsertSeen(seenOrder('1003', { refundsKey: '1=5.00' }));
    ledger.orders.transition('1003', 'done', { bookedNumber: 7 });
    ledger.orders.upsertSeen(seenOrder('1003', { refundsKey: '1=5.00,2=6.00' }));
    ledger.orders.settleRefunds('1003', '1=5.00');
    expect(ledger.orders.get('1003')?.refundsPending).toBe(true);
  });
});

describe('state transitions', () => {
  it('records a page of orders as it records each one: new, unchanged, changed, and the same order twice', () => {
    ledger.orders.upsertSeen(seenOrder('1001'));
    ledger.orders.upsertSeen(seenOrder('1002'));
    ledger.orders.transition('1002', 'drafted', { draftNumber: 5 });
    const page = ledger.orders.upsertSeenPage([
      seenOrder('1001'),
      seenOrder('1002', { contentHash: 'hash-1002-2', modified: '2026-11-27T09:30:00.000Z' }),
      seenOrder('1003'),
      // The shop paged 1003 twice, changed between the two reads: the second sees the first.
      seenOrder('1003', { contentHash: 'hash-1003-2', status: 'completed', modified: '2026-11-27T09:40:00.000Z' }),
    ]);
    expect(page).toEqual([
      { isNew: false, changed: false, refundsChanged: false, state: 'seen', generation: 0, previousStatus: 'processing', draftNumber: null },
      { isNew: false, changed: true, refundsChanged: false, state: 'drafted', generation: 0, previousStatus: 'processing', draftNumber: 5 },
      { isNew: true, changed: false, refundsChanged: false, state: 'seen', generation: 0, previousStatus: null, draftNumber: null },
      { isNew: false, changed: true, refundsChanged: false, state: 'seen', generation: 0, previousStatus: 'processing', draftNumber: null },
    ]);
    expect(ledger.orders.get('1002')).toMatchObject({ contentHash: 'hash-1002-2', state: 'drafted' });
    expect(ledger.orders.get('1003')).toMatchObject({ contentHash: 'hash-1003-2', status: 'completed' });
    expect(ledger.orders.upsertSeenPage([])).toEqual([]);
  });

  it('records none of a page when one of its orders cannot be written', () => {
    ledger.orders.upsertSeen(seenOrder('1001'));
    const broken = { ...seenOrder('1005'), number: null as unknown as string };
    expect(() => ledger.orders.upsertSeenPage([seenOrder('1004'), broken])).toThrow();
    expect(ledger.orders.get('1004')).toBeNull();
    expect(ledger.orders.get('1005')).toBeNull();
  });

  it('writes every change to the order history with time, reason and who', () => {
    ledger.orders.upsertSeen(seenOrder('1001'));
    ledger.orders.transition('1001', 'eligible', { by: 'engine' });
    clock.advance(1000);
    ledger.orders.transition('1001', 'drafted', { draftNumber: 42, by: 'engine' });
    clock.advance(1000);
    ledger.orders.transition('1001', 'held', { reasonCode: 'RULE_KEEP_AS_DRAFT', reasonDetail: { rule: 'Bank transfer' }, by: 'engine' });

    expect(ledger.orders.history('1001')).toMatchObject([
      { fromState: 'seen', toState: 'eligible', reasonCode: null, by: 'engine', at: '2026-11-27T10:00:00.000Z' },
      { fromState: 'eligible', toState: 'drafted', detail: { draftNumber: 42 }, at: '2026-11-27T10:00:01.000Z' },
      { fromState: 'drafted', toState: 'held', reasonCode: 'RULE_KEEP_AS_DRAFT', detail: { reasonDetail: { rule: 'Bank transfer' } } },
    ]);
    expect(ledger.orders.get('1001')).toMatchObject({ state: 'held', reasonCode: 'RULE_KEEP_AS_DRAFT', reasonDetail: { rule: 'Bank transfer' }, draftNumber: 42 });
  });

  it('counts failed attempts, schedules the retry and clears the reason once the order moves on', () => {
    ledger.orders.upsertSeen(seenOrder('1001'));
    ledger.orders.transition('1001', 'failed', { reasonCode: 'ECONOMIC_UNREACHABLE', nextRetryAt: new Date('2026-11-27T10:05:00Z') });
    ledger.orders.transition('1001', 'failed', { reasonCode: 'ECONOMIC_UNREACHABLE', nextRetryAt: '2026-11-27T10:15:00.000Z' });
    expect(ledger.orders.get('1001')).toMatchObject({ attempts: 2, nextRetryAt: '2026-11-27T10:15:00.000Z' });

    ledger.orders.transition('1001', 'drafted', { draftNumber: 5 });
    expect(ledger.orders.get('1001')).toMatchObject({ state: 'drafted', reasonCode: null, reasonDetail: null, nextRetryAt: null, attempts: 2 });
  });

  it('keeps draft and booked numbers unless a transition sets them', () => {
    ledger.orders.upsertSeen(seenOrder('1001'));
    ledger.orders.transition('1001', 'drafted', { draftNumber: 7 });
    ledger.orders.transition('1001', 'booked', { bookedNumber: 20001 });
    ledger.orders.transition('1001', 'done');
    expect(ledger.orders.get('1001')).toMatchObject({ state: 'done', draftNumber: 7, bookedNumber: 20001 });
  });

  it("reads an order's facts without its document: the same state, numbers, reason and rule decision as the whole row", () => {
    ledger.orders.upsertSeen(seenOrder('1001'));
    ledger.orders.transition('1001', 'eligible', { ruleDecision: { ruleId: 'r1', ruleName: 'Engros', actions: [] } });
    ledger.orders.transition('1001', 'failed', { reasonCode: 'LB-3001', reasonDetail: { params: { status: 503 } }, nextRetryAt: '2026-11-27T10:01:00.000Z' });
    ledger.orders.transition('1001', 'drafted', { draftNumber: 7, reasonCode: 'LB-3001', reasonDetail: { params: { status: 503 } } });
    const facts = ledger.orders.facts('1001');
    expect(facts).toMatchObject({ orderId: '1001', state: 'drafted', draftNumber: 7, bookedNumber: null, attempts: 1, generation: 0, reasonCode: 'LB-3001' });
    expect(facts?.reasonDetail).toEqual({ params: { status: 503 } });
    expect(facts?.ruleDecision).toEqual({ ruleId: 'r1', ruleName: 'Engros', actions: [] });
    expect(facts && 'order' in facts).toBe(false);
    const { order: _document, ...row } = ledger.orders.get('1001')!;
    expect(facts).toEqual(row);
    expect(ledger.orders.facts('9999')).toBeNull();
  });

  it('refuses unknown orders and unknown states, leaving no history behind', () => {
    expect(() => ledger.orders.transition('404', 'eligible')).toThrow(UnknownOrderError);
    ledger.orders.upsertSeen(seenOrder('1001'));
    expect(() => ledger.orders.transition('1001', 'posted' as never)).toThrow(/Unknown order state/);
    expect(ledger.orders.history('1001')).toEqual([]);
  });
});

describe('queries', () => {
  beforeEach(() => {
    ledger.transaction(() => {
      for (let i = 1; i <= 12; i++) {
        ledger.orders.upsertSeen(seenOrder(String(1000 + i), { modified: `2026-11-27T09:${String(i).padStart(2, '0')}:00.000Z` }));
      }
    });
    ledger.orders.transition('1001', 'failed', { nextRetryAt: '2026-11-27T10:10:00.000Z' });
    ledger.orders.transition('1002', 'failed', { nextRetryAt: '2026-11-27T10:05:00.000Z' });
    ledger.orders.transition('1003', 'failed', { nextRetryAt: '2026-11-27T11:00:00.000Z' });
    ledger.orders.transition('1004', 'held');
    ledger.orders.transition('1005', 'done');
  });

  it('counts orders by state, with zero for the empty ones', () => {
    expect(ledger.orders.countByState()).toEqual({
      seen: 7, eligible: 0, drafted: 0, booked: 0, done: 1, held: 1, skipped: 0, failed: 3, 'needs-attention': 0, 'in-day': 0,
    });
  });

  it('lists a page filtered by state with the total for paging', () => {
    const page = ledger.orders.list({ states: ['failed', 'held'], limit: 2, offset: 0, sort: 'modified-asc' });
    expect(page.total).toBe(4);
    expect(page.items.map((o) => o.orderId)).toEqual(['1001', '1002']);
    const next = ledger.orders.list({ states: ['failed', 'held'], limit: 2, offset: 2, sort: 'modified-asc' });
    expect(next.items.map((o) => o.orderId)).toEqual(['1003', '1004']);
  });

  it('sorts newest first by default and by display number on request', () => {
    expect(ledger.orders.list({ limit: 1 }).items[0].orderId).toBe('1012');
    expect(ledger.orders.list({ limit: 3, sort: 'number-desc' }).items.map((o) => o.number)).toEqual(['1012', '1011', '1010']);
  });

  it("shows the newest orders first by their creation in the shop, not by their last change, and filters by it", () => {
    // Created in the shop in the order 2003, 2001, 2002 (2002 last, on 1 December Danish time),
    // changed last in the order 2001, 2002, 2003; the twelve orders above were created on 27 November.
    ledger.orders.upsertSeen(seenOrder('2001', { created: '2026-11-29T10:00:00.000Z', modified: '2026-12-01T09:00:00.000Z' }));
    ledger.orders.upsertSeen(seenOrder('2002', { created: '2026-11-30T23:30:00.000Z', modified: '2026-12-01T09:30:00.000Z' }));
    ledger.orders.upsertSeen(seenOrder('2003', { created: '2026-11-28T08:00:00.000Z', modified: '2026-12-01T10:00:00.000Z' }));
    const newest = ledger.orders.list({ limit: 2, sort: 'created-desc' });
    expect({ ids: newest.items.map((o) => o.orderId), total: newest.total }).toEqual({ ids: ['2002', '2001'], total: 15 });
    expect(newest.items[0].order).toMatchObject({ billing: { email: 'kunde2002@example.dk' } });
    // From the start of 29 November to the start of 1 December in Copenhagen (UTC+1).
    const november = ledger.orders.list({ createdFrom: '2026-11-28T23:00:00.000Z', createdBefore: '2026-11-30T23:00:00.000Z', limit: 10, sort: 'created-desc' });
    expect({ ids: november.items.map((o) => o.orderId), total: november.total }).toEqual({ ids: ['2001'], total: 1 });
  });

  it("finds an order by the number of its invoice or its draft in e-conomic, which is in none of its text", () => {
    ledger.orders.transition('1006', 'booked', { draftNumber: 8800, bookedNumber: 20001 });
    ledger.orders.transition('1008', 'drafted', { draftNumber: 8801 });
    expect(ledger.orders.list({ search: '20001', limit: 10 }).items.map((o) => o.orderId)).toEqual(['1006']);
    expect(ledger.orders.list({ search: '8801', limit: 10 }).items.map((o) => o.orderId)).toEqual(['1008']);
    expect(ledger.orders.list({ search: '8800', invoice: 'booked', limit: 10 }).total).toBe(1);
    expect(ledger.orders.list({ search: '20002', limit: 10 }).total).toBe(0);
  });

  it('finds a customer whatever the case of the Danish letters typed: ørsted, ØRSTED and Ørsted alike', () => {
    const named = (id: string, name: string) => seenOrder(id, { orderJson: JSON.stringify({ id, number: id, billing: { name, email: `k${id}@example.dk` } }) });
    ledger.orders.upsertSeen(named('2101', 'Søren Ørsted'));
    ledger.orders.upsertSeen(named('2102', 'Åse Ærø-Hansen'));
    ledger.orders.upsertSeen(named('2103', 'Ole Olsen'));
    const found = (search: string) => ledger.orders.list({ search, limit: 10 }).items.map((o) => o.orderId);
    expect(found('ørsted')).toEqual(['2101']);
    expect(found('ØRSTED')).toEqual(['2101']);
    expect(found('søren ørsted')).toEqual(['2101']);
    expect(found('åse ærø')).toEqual(['2102']);
    expect(found('ÅSE ÆRØ-HANSEN')).toEqual(['2102']);
    expect(found('olsen')).toEqual(['2103']);
  });

  it('finds orders by number or by the customer text in the order, treating % and _ literally', () => {
    expect(ledger.orders.list({ search: '1007', limit: 10 }).items.map((o) => o.orderId)).toEqual(['1007']);
    expect(ledger.orders.list({ search: 'kunde1003@example', limit: 10 }).items.map((o) => o.orderId)).toEqual(['1003']);
    expect(ledger.orders.list({ search: '%', limit: 10 }).total).toBe(0);
  });

  it('returns failed orders whose retry is due, the longest-waiting first', () => {
    expect(ledger.orders.dueForRetry(new Date('2026-11-27T10:30:00Z')).map((o) => o.orderId)).toEqual(['1002', '1001']);
    expect(ledger.orders.dueForRetry(new Date('2026-11-27T10:00:00Z'))).toEqual([]);
  });

  it('lists orders with an external write that was begun but not finished', () => {
    ledger.operations.begin({ key: 'draft:1006:0', orderId: '1006', step: 'create-draft' });
    ledger.operations.begin({ key: 'draft:1007:0', orderId: '1007', step: 'create-draft' });
    ledger.operations.complete('draft:1007:0', { draftInvoiceNumber: 3 });
    expect(ledger.orders.inFlight().map((o) => o.orderId)).toEqual(['1006']);
  });

  it('stores the rule decision so the UI can say which rule held an order', () => {
    ledger.orders.setRuleDecision('1004', { ruleId: 'r1', ruleName: 'Bank transfer is never posted automatically', actions: [{ type: 'keepAsDraft' }] });
    expect(ledger.orders.get('1004')?.ruleDecision).toEqual({ ruleId: 'r1', ruleName: 'Bank transfer is never posted automatically', actions: [{ type: 'keepAsDraft' }] });
    ledger.orders.setRuleDecision('1004', null);
    expect(ledger.orders.get('1004')?.ruleDecision).toBeNull();
  });

  it('stores the rule decision with a state change when the change carries one, keeps it when not, and leaves it out of the history', () => {
    const decision = { ruleId: 'r1', ruleName: 'Bank transfer is never posted automatically', actions: [] };
    ledger.orders.transition('1004', 'eligible', { by: 'engine', ruleDecision: decision });
    expect(ledger.orders.get('1004')).toMatchObject({ state: 'eligible', ruleDecision: decision });
    ledger.orders.transition('1004', 'drafted', { draftNumber: 9, by: 'engine' });
    expect(ledger.orders.get('1004')).toMatchObject({ state: 'drafted', ruleDecision: decision });
    ledger.orders.transition('1004', 'eligible', { by: 'profile changed', ruleDecision: null });
    expect(ledger.orders.get('1004')?.ruleDecision).toBeNull();
    // seen → held (set up above), → eligible, → drafted, → eligible
    expect(ledger.orders.history('1004').map((h) => h.detail)).toEqual([null, null, { draftNumber: 9 }, null]);
  });

  it('rolls back a batch when it fails part-way', () => {
    expect(() =>
      ledger.transaction(() => {
        ledger.orders.upsertSeen(seenOrder('2001'));
        ledger.orders.transition('2002', 'eligible');
      }),
    ).toThrow(UnknownOrderError);
    expect(ledger.orders.get('2001')).toBeNull();
  });
});
