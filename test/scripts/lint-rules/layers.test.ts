import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCycles, buildImportGraph, importEdges, projectPath } from '../../../scripts/lint-rules/import-graph.js';
import { layerViolation } from '../../../scripts/lint-rules/layers.js';

const root = join(__dirname, '..', '..', '..');
const configFile = join(root, 'eslint.config.js');

/**
 * A miniature project linted with the repository's own eslint.config.js: each file
 * imports one thing, so each finding below has exactly one cause.
 */
const FIXTURE: Record<string, string> = {
  'main/ledger/ledger.ts': 'export const ledger = 1;\n',
  'main/mail/outbox.ts': 'export const outbox = 1;\n',
  'main/runtime/runtime.ts': "import { ledger } from '../ledger/ledger';\nexport class Runtime { n = ledger; }\n",
  'main/sandbox/server.ts': 'export const server = 1;\n',
  'main/demo/index.ts': "import { server } from '../sandbox/server';\nexport const demo = server;\n",
  // allowed: downward, and the lazy import of the demo by the demo command
  'main/engine/transfer.ts': "import { ledger } from '../ledger/ledger';\nexport const transfer = ledger;\n",
  'main/cli/load-demo.ts': "export async function loadDemo() {\n  return import('../demo');\n}\n",
  // against the layer order
  'main/engine/upward.ts': "import type { Runtime } from '../runtime/runtime';\nexport type Engine = Runtime;\n",
  'main/ledger/peer.ts': "import { outbox } from '../mail/outbox';\nexport const peer = outbox;\n",
  'main/service/uses-sandbox.ts': "import { server } from '../sandbox/server';\nexport const product = server;\n",
  'main/cli/commands/sandbox.ts': "import { demo } from '../../demo';\nexport const eager = demo;\n",
  'main/cli/commands/demo.ts': "export async function demoCommand() {\n  return (await import('../../demo')).demo;\n}\n",
  'main/newfolder/thing.ts': "import { ledger } from '../ledger/ledger';\nexport const thing = ledger;\n",
  // tools never import tests
  'test/helpers/fixture.ts': 'export const fixture = 1;\n',
  'scripts/tool.ts': "import { fixture } from '../test/helpers/fixture';\nexport const tool = fixture;\n",
  // a cycle made of type imports only
  'main/engine/plan-a.ts': "import type { B } from './plan-b';\nexport type A = { b?: B };\n",
  'main/engine/plan-b.ts': "import type { A } from './plan-a';\nexport type B = { a?: A };\n",
};

let fixture: string;
let findings: Map<string, Array<{ ruleId: string | null; message: string }>>;

beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), 'lb-lint-'));
  for (const [path, text] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), text);
  }
  const eslint = new ESLint({ cwd: fixture, overrideConfigFile: configFile });
  const results = await eslint.lintFiles(['main', 'scripts']);
  findings = new Map(results.map((r) => [relative(fixture, r.filePath).split('\\').join('/'), r.messages.map((m) => ({ ruleId: m.ruleId, message: m.message }))]));
}, 120_000);

afterAll(() => rmSync(fixture, { recursive: true, force: true }));

describe('lint keeps the layers of main/ and the direction of scripts/ (docs/architecture.md)', () => {
  it('accepts downward imports and the one loader of the demo importing it lazily', () => {
    for (const path of ['main/engine/transfer.ts', 'main/runtime/runtime.ts', 'main/cli/load-demo.ts', 'main/demo/index.ts', 'main/ledger/ledger.ts']) {
      expect(findings.get(path), path).toEqual([]);
    }
  });

  it('fails an import of a higher layer, type imports included', () => {
    expect(findings.get('main/engine/upward.ts')).toEqual([
      { ruleId: 'local/layers', message: 'main/engine (layer "engine") may not import main/runtime (layer "runtime"): a layer imports only the layers below it.' },
    ]);
  });

  it('fails an import between two peers of one layer', () => {
    expect(findings.get('main/ledger/peer.ts')).toEqual([
      { ruleId: 'local/layers', message: expect.stringContaining('main/ledger and main/mail are independent peers in the "adapters" layer') },
    ]);
  });

  it('fails product code that imports the sandboxes, and any import of the demo but the loader\'s lazy one', () => {
    expect(findings.get('main/service/uses-sandbox.ts')).toEqual([{ ruleId: 'local/layers', message: 'main/sandbox is not part of the product: only main/demo may import it.' }]);
    const onlyTheLoader = { ruleId: 'local/layers', message: 'main/demo is not part of the product: only main/cli/load-demo.ts (lazily, with await import) may import it.' };
    expect(findings.get('main/cli/commands/sandbox.ts')).toEqual([onlyTheLoader]);
    expect(findings.get('main/cli/commands/demo.ts')).toEqual([onlyTheLoader]);
  });

  it('fails a folder that is in no layer, so a new folder must be placed', () => {
    expect(findings.get('main/newfolder/thing.ts')).toEqual([{ ruleId: 'local/layers', message: expect.stringContaining('main/newfolder is in no layer') }]);
  });

  it('fails a script that imports from test/', () => {
    expect(findings.get('scripts/tool.ts')).toEqual([{ ruleId: 'no-restricted-imports', message: expect.stringContaining('scripts/ never imports test/') }]);
  });

  it('fails an import cycle, also when only types form it', () => {
    expect(findings.get('main/engine/plan-a.ts')).toEqual([{ ruleId: 'local/no-cycles', message: expect.stringContaining('main/engine/plan-a.ts → main/engine/plan-b.ts → main/engine/plan-a.ts') }]);
    expect(findings.get('main/engine/plan-b.ts')).toEqual([{ ruleId: 'local/no-cycles', message: expect.stringContaining('main/engine/plan-b.ts → main/engine/plan-a.ts → main/engine/plan-b.ts') }]);
  });
});

describe('the repository itself', () => {
  it('has no import against the layer order', async () => {
    const config = await new ESLint({ cwd: root }).calculateConfigForFile(join(root, 'main/engine/cycle.ts'));
    const [, options] = config.rules['local/layers'];
    const violations = importEdges(root)
      .map((e) => ({ from: projectPath(root, e.from), to: projectPath(root, e.to), dynamic: e.dynamic }))
      .filter((e) => e.from.startsWith('main/'))
      .map((e) => ({ ...e, why: layerViolation(options, e.from, e.to, e.dynamic) }))
      .filter((e) => e.why !== null);
    expect(violations).toEqual([]);
  });

  it('has no import cycle anywhere, types included', () => {
    expect(findCycles(buildImportGraph(root)).map((c) => c.map((f) => projectPath(root, f)))).toEqual([]);
  });
});
