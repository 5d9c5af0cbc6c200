import type { Lang, PluralWords, Words } from '../../../shared/i18n/lang';
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

const ORDERS: Record<Lang, PluralWords> = { da: { one: '{count} ordre', other: '{count} ordrer' }, en: { one: '{count} order', other: '{count} orders' } };

function formatPreview(p: ImportPreview, lang: 'da' | 'en'): string {
  const da = lang === 'da';
  const lines = [
    `${da ? `Import fra ${p.from}` : `Import from ${p.from}`}: ${fillCount(ORDERS[lang], p.total, lang)}`,
    da ? `  overføres:          ${p.wouldTransfer}` : `  would transfer:     ${p.wouldTransfer}`,
    da ? `  allerede overført:  ${p.alreadyHandled}` : `  already transferred: ${p.alreadyHandled}`,
    da ? `  holdes af regler:   ${p.keptByRules}` : `  kept by rules:      ${p.keptByRules}`,
    da ? `  vil fejle:          ${p.wouldFail.length}` : `  would fail:         ${p.wouldFail.length}`,
    ...p.wouldFail.map((f) => `    ${da ? 'ordre' : 'order'} ${f.number} (${f.code}): ${f.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

function formatSummary(s: ImportSummary, lang: 'da' | 'en'): string {
  const da = lang === 'da';
  if (s.state === 'done') return `${da ? 'Importen er færdig' : 'The import is done'}: ${fillCount(ORDERS[lang], s.processed, lang)}.\n`;
  if (s.pausedBecause === 'budget-exhausted') {
    return da
      ? `Importen er sat på pause ved ${s.processed}/${s.total}: dagens kvote af kald til e-conomic er brugt. Kør kommandoen igen i morgen for at fortsætte.\n`
      : `The import paused at ${s.processed}/${s.total}: today's e-conomic call budget is used up. Run the command again tomorrow to continue.\n`;
  }
  return da ? `Importen er sat på pause ved ${s.processed}/${s.total}. Kør kommandoen igen for at fortsætte.\n` : `The import paused at ${s.processed}/${s.total}. Run the command again to continue.\n`;
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
