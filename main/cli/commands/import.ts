import type { Lang, Words } from '../../../shared/i18n/lang';
import { IMPORT_WORDS } from '../../../shared/i18n/import-words';
import { fillCount } from '../../../shared/i18n/format';
import { importPreview, progressBar, runImport, type ImportPreview, type ImportSummary } from '../../operations/import';
import { parse, requireDataDir } from '../args';
import { cliLanguage } from '../language';
import { EXIT } from '../exit-codes';
import { withRuntime } from '../runtime-errors';
import { dateOption } from './reconcile';
import { print, printError, printJson } from '../output';

export const importHelp: Words = {
  en: `ledgerbridge import --data-dir DIR --from YYYY-MM-DD [--preview] [--json] [--lang da|en]
  Imports the shop's earlier orders from the date through the normal sync, within the
  fair-use budget. Ctrl+C pauses; run the same command again to resume (also after a
  restart). Shows a progress line.
  --preview  a validating dry run first: how many orders would transfer and which would
             fail and why; nothing is written
  --json     print the preview or the final summary as JSON`,
  da: `ledgerbridge import --data-dir DIR --from ÅÅÅÅ-MM-DD [--preview] [--json] [--lang da|en]
  Henter shoppens tidligere ordrer fra datoen gennem den normale synkronisering, inden for
  fair use-grænsen. Ctrl+C sætter på pause; kør samme kommando igen for at fortsætte (også efter
  en genstart). Viser en fremskridtslinje.
  --preview  en kontrollerende prøvekørsel først: hvor mange ordrer der ville blive overført, og
             hvilke der ville fejle og hvorfor; intet skrives
  --json     skriv prøven eller det endelige resultat som JSON`,
};

/** A preview line: the label, padded so the numbers line up, and the number. */
const count = (label: string, value: number) => `  ${`${label} `.padEnd(20)}${value}`;

function formatPreview(p: ImportPreview, lang: Lang): string {
  const w = IMPORT_WORDS[lang];
  const lines = [
    `${w.previewHeading(p.from)}: ${fillCount(w.orders, p.total, lang)}`,
    count(w.wouldTransfer, p.wouldTransfer),
    count(w.alreadyHandled, p.alreadyHandled),
    count(w.keptByRules, p.keptByRules),
    count(w.wouldFail, p.wouldFail.length),
    ...p.wouldFail.map((f) => `    ${w.order} ${f.number} (${f.code}): ${f.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

function formatSummary(s: ImportSummary, lang: Lang): string {
  const w = IMPORT_WORDS[lang];
  if (s.state === 'done') return `${w.done}: ${fillCount(w.orders, s.processed, lang)}.\n`;
  if (s.pausedBecause === 'budget-exhausted') return `${w.pausedBudget(s.processed, s.total)}\n`;
  return `${w.paused(s.processed, s.total)}\n`;
}

export async function importCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    from: { type: 'string' },
    preview: { type: 'boolean' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const dataDir = requireDataDir(values['data-dir']);
  const from = dateOption('from', values.from);
  const lang = cliLanguage(values.lang, dataDir);

  if (values.preview) {
    return withRuntime({ dataDir, lock: false }, async (runtime) => {
      const preview = await importPreview(runtime, { from, lang });
      if (values.json) printJson(preview);
      else print(formatPreview(preview, lang));
      return EXIT.ok;
    });
  }

  return withRuntime({ dataDir }, async (runtime) => {
    const pause = new AbortController();
    const onSignal = () => pause.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const interactive = !values.json && process.stderr.isTTY;
    try {
      const summary = await runImport(runtime, {
        from,
        signal: pause.signal,
        onProgress: (p) => {
          if (values.json) return;
          // The carriage return is ours (it redraws the progress line), so it bypasses the escaping.
          if (interactive) process.stderr.write('\r');
          printError(`${progressBar(p, lang)}${interactive ? '' : '\n'}`);
        },
      });
      if (interactive) printError('\n');
      if (values.json) printJson(summary);
      else print(formatSummary(summary, lang));
      return EXIT.ok;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
