import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, NotificationPlanner, type NotifyProblem, type NotifyState } from '../../../main/notify';

const HOUR = 60 * 60 * 1000;

function setup(digest: 'hourly' | 'daily' = 'hourly') {
  let now = Date.parse('2026-05-04T08:00:00Z');
  const planner = new NotificationPlanner({ digest, clock: () => new Date(now) });
  return { planner, advance: (ms: number) => (now += ms) };
}

const missingSku = (n: number): NotifyProblem => ({ entryId: n, code: 'LB-1001', params: { orderNumber: String(n), line: 1, product: 'Mug' } });

describe('NotificationPlanner', () => {
  it('mails the first error at once and collects the next ones into one digest after the hour', () => {
    const { planner, advance } = setup();
    let state: NotifyState = EMPTY_STATE;
    const first = planner.add(state, [missingSku(1)]);
    expect(first.mails).toEqual([{ kind: 'immediate', problems: [missingSku(1)] }]);
    state = first.state;

    advance(10 * 60_000);
    const second = planner.add(state, [missingSku(2)]);
    expect(second.mails).toEqual([]);
    advance(20 * 60_000);
    const third = planner.add(second.state, [missingSku(3)]);
    expect(third.mails).toEqual([]);

    advance(29 * 60_000); // 59 minutes after the first mail
    expect(planner.tick(third.state).mails).toEqual([]);
    advance(60_000);
    const digest = planner.tick(third.state);
    expect(digest.mails).toEqual([{ kind: 'digest', problems: [missingSku(2), missingSku(3)] }]);
    expect(digest.state.pending).toEqual([]);
    expect(planner.tick(digest.state).mails).toEqual([]);
  });

  it('mails nothing when nothing is new, and nothing for info events', () => {
    const { planner } = setup();
    expect(planner.tick(EMPTY_STATE).mails).toEqual([]);
    const info = planner.add(EMPTY_STATE, [{ code: 'LB-7004', params: { orderNumber: '5', draftNumber: 9 } }]);
    expect(info.mails).toEqual([]);
    expect(info.state).toEqual(EMPTY_STATE);
  });

  it('lets problems LedgerBridge retries by itself wait for the digest', () => {
    const { planner, advance } = setup();
    const r = planner.add(EMPTY_STATE, [{ code: 'LB-4004', params: {} }]);
    expect(r.mails).toEqual([]);
    advance(HOUR);
    expect(planner.tick(r.state).mails).toEqual([{ kind: 'digest', problems: [{ code: 'LB-4004', params: {} }] }]);
  });

  it('sends a daily digest only after a day', () => {
    const { planner, advance } = setup('daily');
    const a = planner.add(EMPTY_STATE, [missingSku(1)]);
    advance(HOUR);
    const b = planner.add(a.state, [missingSku(2)]);
    advance(2 * HOUR);
    expect(planner.tick(b.state).mails).toEqual([]);
    advance(20 * HOUR); // 23 hours after the first mail
    expect(planner.tick(b.state).mails).toEqual([]);
    advance(HOUR);
    expect(planner.tick(b.state).mails[0]).toMatchObject({ kind: 'digest', problems: [missingSku(2)] });
  });

  it('keeps one digest line per log entry even when it changed twice', () => {
    const { planner, advance } = setup();
    const a = planner.add(EMPTY_STATE, [missingSku(1)]);
    const b = planner.add(a.state, [missingSku(2)]);
    const c = planner.add(b.state, [{ entryId: 2, code: 'LB-2002', params: { orderNumber: '2', paymentMethod: 'Klarna' } }]);
    advance(HOUR);
    expect(planner.tick(c.state).mails[0].problems).toEqual([{ entryId: 2, code: 'LB-2002', params: { orderNumber: '2', paymentMethod: 'Klarna' } }]);
  });
});
