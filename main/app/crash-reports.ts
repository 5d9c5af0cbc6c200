import { app, crashReporter } from 'electron';
import { crashDumpsDir } from '../support';

/**
 * Electron's crash reporter, kept on this PC: minidumps of a crashed main, renderer or GPU
 * process are written into the data dir (private to the user, like the ledger) and never
 * uploaded. The support bundle takes the newest of them along, secrets masked, when the
 * owner chooses to send one. Call before the app is ready, so an early crash is caught too.
 */
export function startLocalCrashReports(dataDir: string): string {
  const dir = crashDumpsDir(dataDir);
  app.setPath('crashDumps', dir);
  crashReporter.start({ uploadToServer: false, compress: true });
  return dir;
}
