/**
 * Electron entry (bundled to out/main/app.cjs by scripts/build.mjs). Everything
 * here is wiring; the behaviour lives in the modules it composes.
 */
import { app, dialog } from 'electron';
import { join } from 'node:path';
import type { AppEvent } from '../../shared/ipc/contract';
import { createAppService } from '../service/app-service';
import { startLocalCrashReports } from './crash-reports';
import { startedHidden } from './login-item';
import { registerAppScheme } from './protocol';
import { startShell, type Shell } from './shell';
import { acquireSingleInstance } from './single-instance';
import { startUpdater, type Updater } from './updater';

registerAppScheme();
app.enableSandbox();
const dataDir = process.env.LEDGERBRIDGE_DATA_DIR ?? app.getPath('userData');
startLocalCrashReports(dataDir);

let shell: Shell | null = null;
let updater: Updater | null = null;
const pendingEvents: AppEvent[] = [];

if (acquireSingleInstance(() => shell?.showWindow())) {
  app
    .whenReady()
    .then(async () => {
      const service = await createAppService({
        dataDir,
        onEvent: (event: AppEvent) => (shell ? shell.handleEvent(event) : pendingEvents.push(event)),
      });
      shell = await startShell({
        service,
        rendererDir: join(__dirname, '..', 'renderer'),
        preloadPath: join(__dirname, '..', 'preload', 'index.cjs'),
        trayIconDir: join(__dirname, 'tray'),
        userDataDir: app.getPath('userData'),
        validateResponses: !app.isPackaged,
        startHidden: startedHidden(process.argv),
        disposeService: () => service.dispose(),
        installUpdate: async () => {
          if (updater) await service.installUpdate(() => updater!.install());
        },
        onInternalError: (where, error) => console.error(`[shell] ${where}:`, error instanceof Error ? error.message : error),
      });
      for (const event of pendingEvents.splice(0)) shell.handleEvent(event);
      // Only an installed (signed) app updates itself; a development run has no feed to trust.
      if (app.isPackaged) {
        updater = startUpdater({
          currentVersion: app.getVersion(),
          onReady: (version) => shell?.tray.update({ updateReady: version }),
          onError: (error) => console.error('[updater]', error instanceof Error ? error.message : error),
        });
      }
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('LedgerBridge could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
