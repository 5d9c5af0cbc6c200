import { parse, requireDataDir, intOption } from '../args';
import { withProfiles } from '../runtime-errors';
import { EXIT, UsageError } from '../exit-codes';
import { formatLogEntry } from '../../log';
import type { Severity } from '../../../shared/errors';
import { cliLanguage } from '../language';
import { formatDateTime } from '../../../shared/i18n/format';
import { LOG_WORDS } from '../../../shared/i18n/cli/log';
import { SEVERITY_WORDS } from '../../../shared/i18n/terms';
import { print, printJson } from '../output';

const LEVELS: Severity[] = ['info', 'warning', 'error', 'critical'];

export async function logCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    profile: { type: 'string' },
    status: { type: 'string' },
    level: { type: 'string' },
    code: { type: 'string' },
    order: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    search: { type: 'string' },
    limit: { type: 'string' },
    technical: { type: 'boolean' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const dataDir = requireDataDir(values['data-dir'], values.lang);
  const lang = cliLanguage(values.lang, dataDir);
  const w = LOG_WORDS[lang];
  const status = values.status ?? 'open';
  if (!['open', 'resolved', 'all'].includes(status)) throw new UsageError(w.badStatus(status));
  if (values.level && !LEVELS.includes(values.level as Severity)) throw new UsageError(w.badLevel(LEVELS.join(', ')));
  const limit = intOption('limit', values.limit, 100, lang);
  return withProfiles({ dataDir, lang, profileName: values.profile, lock: false }, async (profiles) => {
    const query = {
      status: status === 'all' ? undefined : (status as 'open' | 'resolved'),
      level: values.level as Severity | undefined,
      code: values.code,
      orderId: values.order,
      from: values.from,
      to: values.to,
      search: values.search,
      limit,
    };
    // Each shop's newest entries, then the newest of them all: the limit counts across shops.
    const results = profiles.selected.map((runtime) => runtime.log.list(query));
    const result = { total: results.reduce((sum, r) => sum + r.total, 0) };
    const newest = results.flatMap((r) => r.entries).sort((a, b) => b.lastAt.localeCompare(a.lastAt) || b.id - a.id);
    const entries = newest.slice(0, limit).map((e) => ({ id: e.id, profile: e.profile, at: e.lastAt, level: e.level, status: e.status, orderId: e.orderId, occurrences: e.occurrences, ...formatLogEntry(e, lang) }));
    if (values.json) {
      printJson({ total: result.total, entries: values.technical ? entries : entries.map(({ technical: _t, ...rest }) => rest) });
      return EXIT.ok;
    }
    if (entries.length === 0) print(`${w.noProblems}\n`);
    for (const e of entries) {
      const times = e.occurrences > 1 ? w.times(e.occurrences) : '';
      const shop = profiles.names.length > 1 ? `${e.profile}  ` : '';
      print(`${shop}${formatDateTime(e.at, lang)}  ${SEVERITY_WORDS[lang][e.level].toUpperCase()}  ${e.code}  ${e.title}${times}\n  ${e.message}\n  ${w.fix}: ${e.fix}\n`);
      for (const r of e.related) print(`  + ${r.code} ${r.title}: ${r.message}\n`);
      if (values.technical && e.technical) print(`  ${w.technical}: ${JSON.stringify(e.technical)}\n`);
    }
    print(`${w.entries(result.total)}\n`);
    return EXIT.ok;
  });
}
