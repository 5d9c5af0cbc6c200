/**
 * Named places where the reliability tests kill the engine (SIGKILL) to prove that no
 * invoice is created or booked twice and none is lost. Set
 * LEDGERBRIDGE_CRASH_AT="<point>:<n>" to die on the n-th time the point is reached;
 * without it this is a counter lookup and nothing else.
 */
const target = parseTarget(process.env.LEDGERBRIDGE_CRASH_AT);
const hits = new Map<string, number>();

function parseTarget(value: string | undefined): { point: string; hit: number } | null {
  if (!value) return null;
  const [point, n] = value.split(':');
  return { point, hit: Number(n ?? 1) || 1 };
}

export const CRASH_POINTS = [
  'after-record-seen',
  'after-journal-begin',
  'after-economic-write',
  'after-journal-complete',
  'after-watermark',
  'after-booking',
  'after-pdf-stored',
  'after-mail-queued',
  'before-mail-sent',
] as const;
export type CrashPoint = (typeof CRASH_POINTS)[number];

/**
 * Points only a daily summary reaches (postingUnit "day"), apart from the list above that
 * every per-order crash run must reach: after a closed day was frozen (its plan fixed in
 * the ledger, on disk with the next commit) and before anything of it is written to e-conomic.
 */
export const DAY_CRASH_POINTS = ['after-day-frozen'] as const;
export type DayCrashPoint = (typeof DAY_CRASH_POINTS)[number];

export function crashPoint(point: CrashPoint | DayCrashPoint): void {
  if (!target || target.point !== point) return;
  const n = (hits.get(point) ?? 0) + 1;
  hits.set(point, n);
  if (n === target.hit) process.kill(process.pid, 'SIGKILL');
}
