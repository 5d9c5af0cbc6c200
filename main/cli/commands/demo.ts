import type { Lang } from '../../../shared/i18n/lang';
import { DEMO_WORDS } from '../../../shared/i18n/cli/demo';
import { ORDER_STATUS_WORDS, ORDER_STATUSES } from '../../../shared/i18n/order-status';
import { cliLanguage } from '../language';
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

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    platform: { type: 'string' },
    orders: { type: 'string' },
    serve: { type: 'boolean' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : mkdtempSync(join(tmpdir(), 'ledgerbridge-demo-'));
  const lang = cliLanguage(values.lang);
  const platform = platformOption(values.platform, lang);
  const count = intOption('orders', values.orders, 50, lang);
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
    else out(readableReport(report, sandboxes.line.mails, Boolean(values.serve), lang));
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
  lang: Lang,
): string {
  const w = DEMO_WORDS[lang];
  const lines: string[] = [];
  lines.push('LedgerBridge demo', '=================', '');
  lines.push(formatSummary(r.summary, lang).trim());
  const counts = ORDER_STATUSES.filter((s) => r.status.orders.byStatus[s] > 0).map((s) => `${ORDER_STATUS_WORDS[lang][s]} ${r.status.orders.byStatus[s]}`);
  lines.push(`${w.ordersByStatus}: ${counts.join(', ') || '0'}`);
  lines.push(`${w.mailsCaught}: ${r.mails}${serving ? ` (${w.see} ${mailsUrl})` : ''}`);
  lines.push('');
  if (r.problems.length > 0) {
    lines.push(w.needAction);
    for (const p of r.problems) {
      const d = describeProblem(p.code, (p.params ?? {}) as never, lang);
      lines.push(`  ${p.code} ${d.title}`, `    ${d.message}`, `    ${w.fix}: ${d.fix}`);
    }
    lines.push('');
  }
  lines.push(w.roadToAutomaticPosting);
  for (const gate of r.status.posting.gates) lines.push(`  [${gate.met ? 'x' : ' '}] ${gate.text[lang]}`);
  lines.push('');
  lines.push(w.lookFurther);
  lines.push(`  npx ledgerbridge status --data-dir ${r.dataDir}`);
  lines.push(`  npx ledgerbridge orders --data-dir ${r.dataDir}`);
  lines.push(`  npx ledgerbridge log --data-dir ${r.dataDir}`);
  lines.push(`  npx ledgerbridge sync --data-dir ${r.dataDir} --dry-run${serving ? '' : `   ${w.withServeRunning}`}`);
  return lines.join('\n') + '\n';
}
