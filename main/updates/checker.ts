import { decideUpdate, type UpdateDecision } from './decide';
import type { OfferedRelease } from './feed';

/**
 * Where releases come from: electron-updater's generic provider in the app (main/app/updater.ts).
 * `download` resolves only once the file matched the SHA-512 of the channel file (and, on
 * Windows, its Authenticode publisher); a mismatch rejects.
 */
export interface UpdateSource {
  latest(): Promise<OfferedRelease>;
  download(version: string): Promise<void>;
}

export interface UpdateChecker {
  /** Reads the feed, fetches a newer stable release, and reports it ready once verified. */
  check(): Promise<UpdateDecision>;
}

/**
 * The update decision over time: what the feed offers is weighed against the running version
 * and what was already downloaded (decideUpdate), a release is downloaded once, and
 * `onReady` (the tray's "Update ready") is told only about a verified download. Installing
 * is the owner's choice and waits for the running sync (DesktopService.installUpdate).
 */
export function createUpdateChecker(options: { currentVersion: string; source: UpdateSource; onReady(version: string): void }): UpdateChecker {
  let downloaded: string | null = null;
  let running: Promise<UpdateDecision> | null = null;

  const run = async (): Promise<UpdateDecision> => {
    const offered = await options.source.latest();
    const decision = decideUpdate({ current: options.currentVersion, offered, downloaded });
    if (decision.kind !== 'download') return decision;
    await options.source.download(decision.version);
    downloaded = decision.version;
    options.onReady(decision.version);
    return { kind: 'ready', version: decision.version };
  };

  return {
    // A timer tick during a slow download joins it instead of starting a second one.
    check: () => (running ??= run().finally(() => (running = null))),
  };
}
