import { parse, requireDataDir } from '../args';
import { withRuntime } from '../runtime-errors';
import { EXIT, UsageError } from '../exit-codes';
import { activateAutomaticPosting } from '../../operations/activation';
import { print, printError, printJson } from '../output';

export const activateHelp = `ledgerbridge activate --data-dir DIR --checked --accept-risk --by NAME [--json] [--lang da|en]
  The owner confirms having checked the invoices booked by hand during the supervised
  period and switches automatic posting on, at their own risk (recorded with time and name).
  Refused, with the reason, while a gate is not met.`;

export async function activateCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    'data-dir': { type: 'string' },
    checked: { type: 'boolean' },
    'accept-risk': { type: 'boolean' },
    by: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const dataDir = requireDataDir(values['data-dir']);
  const lang = values.lang === 'en' ? 'en' : 'da';
  if (!values.by) throw new UsageError('--by NAME is required: who switches automatic posting on.');
  if (!values.checked) throw new UsageError('--checked is required: confirm that you have checked the invoices booked during the supervised period.');
  if (!values['accept-risk']) throw new UsageError('--accept-risk is required: automatic posting runs at your own risk.');
  return withRuntime({ dataDir }, async (runtime) => {
    const result = activateAutomaticPosting(runtime, { by: values.by!, checked: true, acceptRisk: true });
    if (values.json) printJson(result);
    else if (result.activated) print(lang === 'da' ? `Automatisk bogføring er slået til af ${values.by}.\n` : `Automatic posting switched on by ${values.by}.\n`);
    else {
      printError(lang === 'da' ? 'Automatisk bogføring kan ikke slås til endnu:\n' : 'Automatic posting cannot be switched on yet:\n');
      for (const gate of result.blockers) printError(`  - ${gate.text[lang]}\n`);
    }
    return result.activated ? EXIT.ok : EXIT.usage;
  });
}
