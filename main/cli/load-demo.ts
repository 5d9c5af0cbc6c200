import { UsageError } from './exit-codes';

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
    throw new UsageError(`The demo and the sandboxes need the development install: run "npm ci" in the LedgerBridge folder. (${(error as Error).message})`);
  }
}
