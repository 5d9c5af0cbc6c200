import { CLI_WORDS } from '../../shared/i18n/cli/cli';
import { UsageError } from './exit-codes';
import { cliLanguage } from './language';

/**
 * The demo and the sandboxes, loaded only by the commands that need them: the rest of the
 * product never does. They use packages of the development install (GraphQL, an SMTP
 * server, a PDF maker), which an installation without devDependencies lacks.
 */
export async function loadDemo() {
  try {
    return await import('../demo');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new UsageError(CLI_WORDS[cliLanguage(undefined)].needsDevInstall((error as Error).message));
  }
}
