import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const configFile = join(__dirname, '..', '..', '..', 'eslint.config.js');

/**
 * Each line of the fixture below either takes the local date of an instant moved by whole days
 * of 24 hours (wrong by a day between 22:00 and 23:00 UTC across a change of the clocks) or
 * counts by the calendar; the lint rule in eslint.config.js finds the first kind, in tests and
 * in the product alike.
 */
const FIXTURE: Record<string, string> = {
  'test/main/engine/days/steps.test.ts': [
    "import { localDate } from '../../../../shared/domain/local-day';",
    'const DAY_MS = 86_400_000;',
    'const DAY = DAY_MS;',
    'const now = new Date();',
    "export const a = localDate(new Date(now.getTime() - 3 * DAY_MS), 'Europe/Copenhagen');",
    "export const b = localDate(new Date(Date.now() - 2 * DAY), 'Europe/Copenhagen');",
    "export const c = localDate(new Date(now.getTime() - 86_400_000), 'Europe/Copenhagen');",
    '',
  ].join('\n'),
  'main/operations/window.ts': [
    "import { danishDate } from '../engine/plan/text';",
    'export const firstDay = (oldest: Date) => danishDate(new Date(oldest.getTime() + 86_400_000).toISOString());',
    '',
  ].join('\n'),
  'test/main/engine/days/calendar.test.ts': [
    "import { daysBefore, localDate } from '../../../../shared/domain/local-day';",
    'const DAY_MS = 86_400_000;',
    'const now = new Date();',
    "export const today = localDate(now, 'Europe/Copenhagen');",
    'export const back = daysBefore(today, 3);',
    "export const importFrom = new Date(now.getTime() - 5 * DAY_MS).toISOString();",
    '',
  ].join('\n'),
};

let fixture: string;
let lines: Map<string, number[]>;

beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), 'lb-lint-days-'));
  for (const [path, text] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), text);
  }
  const results = await new ESLint({ cwd: fixture, overrideConfigFile: configFile }).lintFiles(Object.keys(FIXTURE));
  lines = new Map(results.map((r) => [r.filePath.slice(fixture.length + 1).split('\\').join('/'), r.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line)]));
}, 120_000);

afterAll(() => rmSync(fixture, { recursive: true, force: true }));

describe('lint: local dates are counted by the calendar, not in 24-hour steps', () => {
  it('fails the local date of now less N days of 24 hours, by name (DAY_MS, DAY) or by number', () => {
    expect(lines.get('test/main/engine/days/steps.test.ts')).toEqual([5, 6, 7]);
  });

  it('fails the Danish date of an instant a day of 24 hours on, in the product too', () => {
    expect(lines.get('main/operations/window.ts')).toEqual([2]);
  });

  it('accepts dates counted by the calendar, the local date of now, and instants moved by days that name no local date', () => {
    expect(lines.get('test/main/engine/days/calendar.test.ts')).toEqual([]);
  });
});
