import { describe, expect, it } from 'vitest';
import { DesktopNotices, type NoticeScope } from '../../../main/notify';
import type { LogEntry } from '../../../main/log';

const NOW = Date.parse('2026-05-04T08:00:00Z');
const notices = () => new DesktopNotices(() => new Date(NOW));
const scope = (over: Partial<NoticeScope> = {}): NoticeScope => ({ profile: 'butik', lang: 'da', enabled: true, nameShop: false, ...over });

/** An open log entry as the log store returns it: a line without SKU on the given order. */
function missingSku(id: number, orderNumber = String(id), over: Partial<LogEntry> = {}): LogEntry {
  const at = new Date(NOW).toISOString();
  return {
    id,
    at,
    level: 'error',
    code: 'LB-1001',
    orderId: `wc:${orderNumber}`,
    profile: 'butik',
    params: { orderNumber, line: 1, product: 'Mug' },
    technical: null,
    related: [],
    status: 'open',
    occurrences: 1,
    firstAt: at,
    lastAt: at,
    resolvedAt: null,
    groupKey: null,
    ...over,
  };
}

describe('DesktopNotices', () => {
  it('tells each new problem once, with its title and message from the catalogue, in Danish', () => {
    const n = notices();
    expect(n.problems(scope(), [missingSku(7, '1007')])).toEqual([
      {
        id: 'log-butik-7-1',
        severity: 'error',
        code: 'LB-1001',
        title: 'Vare uden varenummer',
        body: 'Ordre 1007 kan ikke overføres: varen "Mug" på linje 1 har intet varenummer (SKU), så LedgerBridge kan ikke finde den i e-conomic.',
        orderId: 'wc:1007',
      },
    ]);
    // The next sync meets the same problem again (more occurrences): not news.
    expect(n.problems(scope(), [missingSku(7, '1007', { occurrences: 2 })])).toEqual([]);
  });

  it('speaks English when the app does', () => {
    const [notice] = notices().problems(scope({ lang: 'en' }), [missingSku(7, '1007')]);
    expect([notice.title, notice.body]).toEqual(['Product without SKU', 'Order 1007 cannot be transferred: the product "Mug" on line 1 has no SKU, so LedgerBridge cannot find it in e-conomic.']);
  });

  it('tells a problem again when it changed into another one', () => {
    const n = notices();
    n.problems(scope(), [missingSku(7)]);
    const changed = missingSku(7, '7', { code: 'LB-1002', params: { orderNumber: '7' }, occurrences: 2 });
    expect(n.problems(scope(), [changed]).map((x) => [x.id, x.code, x.title])).toEqual([['log-butik-7-2', 'LB-1002', 'Land mangler']]);
  });

  it('does not tell the problems that were open when the shop was attached', () => {
    const n = notices();
    n.remember('butik', [missingSku(1), missingSku(2)]);
    expect(n.problems(scope(), [missingSku(1), missingSku(2), missingSku(3)]).map((x) => x.id)).toEqual(['log-butik-3-1']);
  });

  it('keeps the shops apart: the same entry id in another shop is news there', () => {
    const n = notices();
    n.remember('butik', [missingSku(1)]);
    expect(n.problems(scope({ profile: 'se' }), [missingSku(1)]).map((x) => x.id)).toEqual(['log-se-1-1']);
  });

  it('makes a flood of more than three new problems one summary, pointing at the most serious one', () => {
    const flood = [missingSku(1), missingSku(2), missingSku(3, '3', { level: 'critical', code: 'LB-4004', params: {} }), missingSku(4)];
    expect(notices().problems(scope(), flood)).toEqual([
      { id: 'batch-butik-3-4', severity: 'critical', code: 'LB-4004', title: '4 ordrer kræver opmærksomhed', body: 'Åbn fejlloggen i LedgerBridge for at se, hvad der skal rettes.', orderId: null },
    ]);
    const [en] = notices().problems(scope({ lang: 'en' }), flood);
    expect([en.title, en.body]).toEqual(['4 orders need attention', 'Open the error log in LedgerBridge to see what to fix.']);
    // Three at once are still told one by one.
    expect(notices().problems(scope(), flood.slice(0, 3))).toHaveLength(3);
  });

  it('names the shop when there are several', () => {
    const [one] = notices().problems(scope({ profile: 'se', nameShop: true }), [missingSku(1)]);
    expect(one.title).toBe('se: Vare uden varenummer');
  });

  it('shows nothing while switched off, and does not catch up with it when switched on again', () => {
    const n = notices();
    expect(n.problems(scope({ enabled: false }), [missingSku(1)])).toEqual([]);
    expect(n.problems(scope(), [missingSku(1)])).toEqual([]);
    expect(n.syncFailed(scope({ enabled: false }), { code: 'LB-4004', message: 'e-conomic svarer ikke.' }, 0)).toBeNull();
  });

  it('tells a failed sync once, on the first failure in a row, in either language', () => {
    const n = notices();
    const failure = { code: 'LB-4004', message: 'e-conomic svarer ikke.' };
    expect(n.syncFailed(scope(), failure, 0)).toEqual({
      id: `sync-butik-LB-4004-${NOW}`,
      severity: 'error',
      code: 'LB-4004',
      title: 'Synkroniseringen mislykkedes',
      body: 'e-conomic svarer ikke.',
      orderId: null,
    });
    expect(n.syncFailed(scope(), failure, 1)).toBeNull();
    expect(n.syncFailed(scope({ lang: 'en', nameShop: true, profile: 'se' }), failure, 0)?.title).toBe('se: The sync failed');
  });
});
