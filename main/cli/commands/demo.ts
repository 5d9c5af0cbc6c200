import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { profileSchema } from '../../../shared/profile/schema';
import { describe as describeProblem } from '../../../shared/errors';
import { Runtime } from '../../runtime/runtime';
import { statusReport } from '../../operations/status';
import { ConfigStore } from '../../settings';
import { loadDemo } from '../load-demo';
import { intOption, parse } from '../args';
import { EXIT } from '../exit-codes';
import { formatSummary } from '../format';
import { untilStopped } from '../signals';
import { platformOption } from './sandbox';
import { print, printError, printJson } from '../output';

export const demoHelp = `ledgerbridge demo [--data-dir DIR] [--platform woocommerce|shopify] [--orders N] [--serve] [--json]
  Starts the sandboxes with N (default 50) realistic Danish orders, sets up a demo profile in DIR
  (default: a new temporary folder), runs one sync and prints what happened and where to look next.
  --serve   print the sandbox JSON line first, then keep only the sandboxes running (DIR is released),
            so you can add orders through their admin API and run "ledgerbridge sync --data-dir DIR".`;

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    platform: { type: 'string' },
    orders: { type: 'string' },
    serve: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : mkdtempSync(join(tmpdir(), 'ledgerbridge-demo-'));
  const platform = platformOption(values.platform);
  const count = intOption('orders', values.orders, 50);
  // With --serve, stdout carries only the sandbox JSON line other programs read.
  const out = values.serve ? printError : print;

  const { demoProfileFor, startSandboxes } = await loadDemo();
  const sandboxes = await startSandboxes({ platform, demoOrders: count, dataDir: join(dataDir, 'sandbox') });
  try {
    if (values.serve) printJson(sandboxes.line);
    new ConfigStore(dataDir).saveProfile(
      profileSchema.parse(demoProfileFor(sandboxes)),
    );
    const runtime = await Runtime.open({ dataDir });
    let report;
    try {
      runtime.ledger.kv.set('shop:name', 'Demo Butik');
      const summary = await runtime.syncOnce();
      report = { dataDir, summary, status: statusReport(runtime), problems: runtime.log.openProblems(), mails: sandboxes.smtp.mails().length };
    } finally {
      runtime.close();
    }
    if (values.json && !values.serve) printJson(report);
    else out(readableReport(report, sandboxes.line.mails, Boolean(values.serve)));
    if (values.serve) await untilStopped();
  } finally {
    await sandboxes.close();
  }
  return EXIT.ok;
}

function readableReport(
  r: { dataDir: string; summary: Parameters<typeof formatSummary>[0]; status: ReturnType<typeof statusReport>; problems: Array<{ code: string; orderId?: string | null; params: unknown }>; mails: number },
  mailsUrl: string,
  serving: boolean,
): string {
  const lines: string[] = [];
  lines.push('LedgerBridge demo', '=================', '');
  lines.push(formatSummary(r.summary, 'da').trim());
  lines.push(`Ordrer efter tilstand: ${Object.entries(r.status.orders.byState).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join(', ')}`);
  lines.push(`Mails fanget af sandkassens SMTP (fakturaer og fejlbeskeder til ejeren): ${r.mails}${serving ? ` (se ${mailsUrl})` : ''}`);
  lines.push('');
  if (r.problems.length > 0) {
    lines.push('Ordrer der kræver handling:');
    for (const p of r.problems) {
      const d = describeProblem(p.code, (p.params ?? {}) as never, 'da');
      lines.push(`  ${p.code} ${d.title}`, `    ${d.message}`, `    Løsning: ${d.fix}`);
    }
    lines.push('');
  }
  lines.push('Vejen til automatisk bogføring:');
  for (const gate of r.status.posting.gates) lines.push(`  [${gate.met ? 'x' : ' '}] ${gate.text.da}`);
  lines.push('');
  lines.push('Se videre:');
  lines.push(`  npx ledgerbridge status --data-dir ${r.dataDir}`);
  lines.push(`  npx ledgerbridge orders --data-dir ${r.dataDir}`);
  lines.push(`  npx ledgerbridge log --data-dir ${r.dataDir}`);
  lines.push(`  npx ledgerbridge sync --data-dir ${r.dataDir} --dry-run${serving ? '' : '   (med "demo --serve" kørende)'}`);
  return lines.join('\n') + '\n';
}
