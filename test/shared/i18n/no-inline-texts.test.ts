import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Danish and English the owner reads live in the catalogue (shared/errors) or in one
 * dictionary per concern under shared/i18n, never written inline in main/: a text
 * inline is a text whose other language gets forgotten or drifts. This scans main/ for
 * the shapes inline pairs take — a choice on the language (`lang === 'da' ? … : …`,
 * `da ? … : …`), a `{ da: '…', en: '…' }` literal, and a dictionary's `da: {` block.
 */
const ROOT = join(__dirname, '../../..');
const MAIN = join(ROOT, 'main');

/** Not scanned: the sandboxes imitate the outside services and never ship (docs/architecture.md). */
const SKIPPED_DIRS = ['main/sandbox'];

/** Language choices that pick no words: codes and formats. Each entry is a file and the exact code. */
const ALLOWED: Array<{ file: string; code: string; why: string }> = [
  { file: 'main/settings/config-store.ts', code: "lang === 'da' ? 'da' : 'en'", why: 'narrows a stored value to a language code' },
  { file: 'main/service/economic-grant.ts', code: "=== 'da' ? 'da-DK' : 'en-GB'", why: "the locale code of e-conomic's grant page" },
  { file: 'main/cli/index.ts', code: "flag === 'da' || flag === 'en' ? flag : undefined", why: 'narrows --lang to a language code' },
  { file: 'main/service/licence.ts', code: "lang === 'da' ? day.split('-').reverse().join('-') : day", why: 'the order of a date, digits only' },
];

const LANGUAGE_CHOICE = /===\s*'(da|en)'\s*\?|\b(da|en)\s*\?\s*['`"]|\bconst da\s*=\s*.*===\s*'da'/;
const PAIR_LITERAL = /\b(da|en):\s*['`"]|^\s*(da|en):\s*\{\s*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.includes(relative(ROOT, path)) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The lines (0-based) of a file that hold an inline pair. */
function linesWithPairs(lines: string[]): number[] {
  return lines.flatMap((line, i) => {
    // A choice whose texts start on the next line (`da\n  ? '…'`) is read as one line.
    const next = lines[i + 1]?.trim() ?? '';
    const choice = next.startsWith('?') ? `${line.trimEnd()} ${next}` : line;
    return LANGUAGE_CHOICE.test(choice) || PAIR_LITERAL.test(line) ? [i] : [];
  });
}

function inlineTexts(): string[] {
  const found: string[] = [];
  for (const path of sourceFiles(MAIN)) {
    const file = relative(ROOT, path).split('\\').join('/');
    const lines = readFileSync(path, 'utf8').split('\n');
    for (const i of linesWithPairs(lines)) {
      if (ALLOWED.some((a) => a.file === file && lines[i].includes(a.code))) continue;
      found.push(`${file}:${i + 1}: ${lines[i].trim()}`);
    }
  }
  return found;
}

describe('owner-facing words in main/', () => {
  it('are not written inline: every Danish/English text comes from the catalogue or shared/i18n', () => {
    expect(inlineTexts()).toEqual([]);
  });

  it('the scan sees an inline pair when there is one', () => {
    expect(LANGUAGE_CHOICE.test("const title = lang === 'da' ? 'Seneste sync' : 'Last sync';")).toBe(true);
    expect(LANGUAGE_CHOICE.test("return da ? `${n} ordrer` : `${n} orders`;")).toBe(true);
    expect(PAIR_LITERAL.test("fix: { da: 'Ret adressen.', en: 'Correct the address.' },")).toBe(true);
    expect(PAIR_LITERAL.test('  da: {')).toBe(true);
    expect(LANGUAGE_CHOICE.test('const words = EXPORT_WORDS[lang];')).toBe(false);
    expect(linesWithPairs(['const counts = da', '  ? `${n} ordrer`', '  : `${n} orders`;', 'const next = 1;'])).toEqual([0]);
  });
});
