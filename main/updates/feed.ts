import { load } from 'js-yaml';
import { z } from 'zod';

/**
 * Where the installed app looks for updates: a generic feed (plain HTTPS files) holding what
 * electron-builder publishes beside each release — the installers and one channel file per
 * platform. electron-builder.yml's `publish.url` names the same address.
 */
export const UPDATE_FEED_URL = 'https://updates.ledgerbridge.dk/desktop/';

/** The channel file electron-builder writes for each platform (generic provider, channel "latest"). */
export function channelFile(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'latest-mac.yml';
  if (platform === 'linux') return 'latest-linux.yml';
  return 'latest.yml';
}

const updateInfoSchema = z.object({
  version: z.string().min(1),
  releaseDate: z.string().optional(),
  // Every file carries its SHA-512: electron-updater refuses a download that does not match.
  files: z.array(z.object({ url: z.string().min(1), sha512: z.string().min(1), size: z.number().int().positive().optional() })).min(1),
});
export type UpdateInfo = z.infer<typeof updateInfoSchema>;

export class UpdateFeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpdateFeedError';
  }
}

/** Reads and checks the channel file of this platform from the feed. */
export async function readUpdateFeed(feedUrl: string, platform: NodeJS.Platform, options: { timeoutMs?: number } = {}): Promise<UpdateInfo> {
  const url = new URL(channelFile(platform), feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 30_000), redirect: 'error' });
  } catch (error) {
    throw new UpdateFeedError(`The update feed ${url.origin} cannot be reached (${(error as Error).message}).`);
  }
  if (!response.ok) throw new UpdateFeedError(`The update feed answered ${response.status} for ${url.pathname}.`);
  let parsed: unknown;
  try {
    parsed = load(await response.text());
  } catch {
    throw new UpdateFeedError(`${url.pathname} on the update feed is not valid YAML.`);
  }
  const info = updateInfoSchema.safeParse(parsed);
  if (!info.success) throw new UpdateFeedError(`${url.pathname} on the update feed lacks a version or files with their SHA-512.`);
  return info.data;
}
