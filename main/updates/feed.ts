/**
 * Where the installed app looks for updates: a generic feed (plain HTTPS files) holding what
 * electron-builder publishes beside each release — the installers and one channel file per
 * platform (latest.yml, latest-mac.yml, latest-linux.yml) naming the version and each file's
 * SHA-512. electron-builder.yml's `publish.url` names the same address.
 */
export const UPDATE_FEED_URL = 'https://updates.ledgerbridge.dk/desktop/';

/** What the feed's channel file offers (electron-updater's UpdateInfo carries more). */
export interface OfferedRelease {
  version: string;
}
