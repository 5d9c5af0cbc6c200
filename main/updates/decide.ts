import { gt, prerelease, valid } from 'semver';
import type { OfferedRelease } from './feed';

export type UpdateDecision =
  /** Nothing newer on the feed (or only a pre-release, or a version that does not parse). */
  | { kind: 'up-to-date' }
  /** A newer release: fetch it (electron-updater checks its SHA-512 and signature). */
  | { kind: 'download'; version: string }
  /** Downloaded and verified: the tray says "update ready"; it is installed between syncs. */
  | { kind: 'ready'; version: string };

/**
 * What to do about the feed's offer. Only a newer stable release is taken: never a downgrade
 * (an old, signed release replayed by a hostile feed), never a pre-release.
 */
export function decideUpdate(input: { current: string; offered: OfferedRelease | null; downloaded: string | null }): UpdateDecision {
  const { current, offered, downloaded } = input;
  if (downloaded && valid(downloaded) && valid(current) && gt(downloaded, current)) {
    if (!offered || !valid(offered.version) || !gt(offered.version, downloaded)) return { kind: 'ready', version: downloaded };
  }
  if (!offered || !valid(offered.version) || !valid(current)) return { kind: 'up-to-date' };
  if (prerelease(offered.version) || !gt(offered.version, current)) return { kind: 'up-to-date' };
  return { kind: 'download', version: offered.version };
}
