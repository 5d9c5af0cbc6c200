import type { Words } from '../../../shared/i18n/lang';
import { parse, requireDataDir } from '../args';
import { withRuntime } from '../runtime-errors';
import { EXIT } from '../exit-codes';
import { createSupportBundle } from '../../support';
import { appVersion } from '../../app-version';
import { print, printJson } from '../output';

export const supportBundleHelp: Words = {
  en: `ledgerbridge support-bundle --data-dir DIR [--order ID …] [--json]
  Writes one JSON file for support: versions, settings with every secret removed, recent log
  entries with technical details, and the history of the affected orders. Prints its path.`,
  da: `ledgerbridge support-bundle --data-dir DIR [--order ID …] [--json]
  Skriver én JSON-fil til support: versioner, indstillinger uden nogen hemmeligheder, de seneste
  logposter med tekniske detaljer og forløbet for de berørte ordrer. Skriver filens sti.`,
};

export async function supportBundleCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { 'data-dir': { type: 'string' }, order: { type: 'string', multiple: true }, json: { type: 'boolean' } });
  const dataDir = requireDataDir(values['data-dir']);
  return withRuntime({ dataDir, lock: false }, async (runtime) => {
    const bundle = createSupportBundle({ dataDir, ledger: runtime.ledger, logStore: runtime.log, config: runtime.config.load(), appVersion: appVersion(), orderIds: values.order });
    if (values.json) printJson({ path: bundle.path });
    else print(`${bundle.path}\n`);
    return EXIT.ok;
  });
}
