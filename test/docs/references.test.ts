import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A fresh clone is all a reader has: every document the README, the docs and the code point to
// must be in the repository, and the design they describe lives in docs/, not beside the repo.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f !== '' && !f.startsWith('test/fixtures/') && !f.includes('/admin-schema/'));
const markdown = tracked.filter((f) => f.endsWith('.md'));
const sources = tracked.filter((f) => /\.(ts|tsx|mjs|js|md|yml|json)$/.test(f) && !f.endsWith('package-lock.json'));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** A citation of the research notes kept beside the repository (`../shared/research/`), which a clone does not have. */
const RESEARCH_NOTE = /\bresearch\/[\w-]+\.md\b|\bresearch (?:file|note)s?\b/;

describe('references to documents', () => {
  it('every relative link in a Markdown file opens a file in the repository', () => {
    const broken: string[] = [];
    for (const file of markdown) {
      for (const [, target] of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
        const path = target.split('#')[0];
        if (!existsSync(resolve(ROOT, dirname(file), path))) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every document under docs/ that the code, the tests and the docs name exists', () => {
    const missing: string[] = [];
    for (const file of sources) {
      // A path followed by "@ <commit>" cites another project's repository, not this one.
      for (const [path] of read(file).matchAll(/(?<![\w./-])docs\/[\w./-]*\.(?:md|png)(?!`? @ [0-9a-f]{7})/g)) {
        if (!existsSync(join(ROOT, path))) missing.push(`${file}: ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('nothing points to the design notes outside the repository', () => {
    const outside = sources.filter((file) => /\bDESIGN(\.md)?\b\s*§|\bDESIGN\.md\b/.test(read(file)));
    expect(outside).toEqual([]);
  });

  it('nothing cites the research notes outside the repository: what a decision relies on is quoted with its original source', () => {
    // This file names such citations in its own examples below.
    const citing = sources.filter((file) => file !== 'test/docs/references.test.ts' && RESEARCH_NOTE.test(read(file)));
    expect(citing).toEqual([]);
  });

  it('the research-note scan sees a citation when there is one', () => {
    expect(RESEARCH_NOTE.test('behaviour (`shared/research/real-service-behaviour.md`) found')).toBe(true);
    expect(RESEARCH_NOTE.test('(research/real-service-behaviour.md, shopify.dev)')).toBe(true);
    expect(RESEARCH_NOTE.test('| research file |')).toBe(true);
    expect(RESEARCH_NOTE.test('see docs/decisions/0006-shop-sandbox-fidelity.md')).toBe(false);
  });
});
