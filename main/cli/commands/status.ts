import { parse, requireDataDir } from '../args';
import { withRuntime } from '../runtime-errors';
import { EXIT } from '../exit-codes';
import { statusReport, type StatusReport } from '../../operations/status';
import { print, printJson } from '../output';

export const statusHelp = `ledgerbridge status --data-dir DIR [--json] [--lang da|en]
  The profile, the sync loop, orders by state, and every gate of automatic posting with what is missing.`;

export async function statusCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } });
  const dataDir = requireDataDir(values['data-dir']);
  const lang = values.lang === 'en' ? 'en' : 'da';
  return withRuntime({ dataDir, lock: false }, async (runtime) => {
    const report = statusReport(runtime);
    if (values.json) printJson(report);
    else print(formatStatus(report, lang));
    return EXIT.ok;
  });
}

function formatStatus(r: StatusReport, lang: 'da' | 'en'): string {
  const da = lang === 'da';
  const lines = [
    `${da ? 'Profil' : 'Profile'}: ${r.profile.name} (${r.profile.platform} ${r.profile.shopUrl} → e-conomic ${r.profile.economicUrl})`,
    `${da ? 'Ordrestatus der overføres' : 'Order stages transferred'}: ${r.profile.orderStages.join(', ')} · ${da ? 'faktura fra' : 'invoice from'} ${r.profile.invoiceSource} · ${da ? 'tilstand' : 'mode'} ${r.posting.effectiveMode}`,
    `${da ? 'Licens' : 'Licence'}: ${r.licence.plan ?? '-'}${r.licence.problem ? ` (${r.licence.problem})` : ''}`,
    `${da ? 'Sidste synkronisering' : 'Last sync'}: ${r.sync.lastSyncAt ?? (da ? 'aldrig' : 'never')} · ${da ? 'interval' : 'interval'} ${r.sync.intervalMinutes} min`,
    `${da ? 'Ordrer' : 'Orders'}: ${Object.entries(r.orders.byState).map(([s, n]) => `${s} ${n}`).join(', ') || '0'}`,
    `${da ? 'Åbne problemer' : 'Open problems'}: ${r.openProblems}`,
    `${da ? 'Kald til e-conomic seneste døgn' : 'e-conomic calls last 24 h'}: ${r.budget.usedLast24h} / ${r.budget.dailyLimit}`,
    '',
    da ? 'Automatisk bogføring:' : 'Automatic posting:',
    ...r.posting.gates.map((g) => `  [${g.met ? 'x' : ' '}] ${g.text[lang]}`),
  ];
  return lines.join('\n') + '\n';
}
