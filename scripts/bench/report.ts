// Shared by `npm run bench` and `npm run reliability`: the machine, the target table and
// writing the results where the docs and later runs can compare them.
import { cpus, loadavg, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  /** The 1-minute load average when the run started: a shared machine makes every timing slower. */
  loadAverage?: number;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: Math.round(loadavg()[0] * 10) / 10,
  };
}

/** One line of the table: a required figure, its target, what was measured and why a miss happened. */
export interface TargetRow {
  /** The JSON key, e.g. "callsPerOrder.shopInvoice". */
  key: string;
  label: string;
  /** Human-readable target, e.g. "≤ 2.05"; "report" when the issue sets none. */
  target: string;
  measured: number;
  unit: string;
  /** null when there is no target to meet. */
  met: boolean | null;
  /** Why the target was missed (or what the figure is made of), from the measurement itself. */
  why: string;
}

export function atMost(key: string, label: string, limit: number, measured: number, unit: string, why: () => string): TargetRow {
  const met = measured <= limit;
  return { key, label, target: `≤ ${limit}`, measured, unit, met, why: met ? '' : why() };
}

export function atLeast(key: string, label: string, limit: number, measured: number, unit: string, why: () => string): TargetRow {
  const met = measured >= limit;
  return { key, label, target: `≥ ${limit}`, measured, unit, met, why: met ? '' : why() };
}

export function reported(key: string, label: string, measured: number, unit: string, note: string): TargetRow {
  return { key, label, target: 'report', measured, unit, met: null, why: note };
}

function metText(met: boolean | null): string {
  return met === null ? '–' : met ? 'yes' : 'NO';
}

/** A plain-text table for the terminal. */
export function formatTable(rows: TargetRow[]): string {
  const cells = rows.map((r) => [r.label, r.target, `${r.measured} ${r.unit}`.trim(), metText(r.met)]);
  const head = ['figure', 'target', 'measured', 'met?'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i])).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  const whys = rows.filter((r) => r.why);
  if (whys.length > 0) out.push('', ...whys.map((r) => `${r.label}${r.met === false ? ' — MISSED' : ''}: ${r.why}`));
  return out.join('\n');
}

/** The same table in Markdown for the docs. */
export function markdownTable(rows: TargetRow[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| figure | JSON key | target | measured | met? | why / note |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${esc(r.label)} | \`${r.key}\` | ${esc(r.target)} | ${r.measured} ${r.unit} | ${metText(r.met)} | ${esc(r.why)} |`),
  ].join('\n');
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Reads `a.b.c` from an object; undefined when any step is missing. */
export function valueAt(obj: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), obj);
}
