// One headless sync cycle of EVERY profile of a data dir, side by side in one process, as
// `ledgerbridge sync` runs them (runtime/profiles.ts): the reliability campaign for two shops on
// one agreement kills this process at a crash point either shop reaches. Prints
// {"summary":…,"profiles":{name: summary}}: summary is the profiles' summaries added up.
// A profile that failed makes the run fail (exit 1), with its error on stderr.
import { ProfileRuntimes } from '../../../main/runtime/profiles';
import { MemorySecretStore } from '../../../main/secrets';

const dataDir = process.argv[2];
const profiles = await ProfileRuntimes.open({ dataDir, secrets: new MemorySecretStore() });
try {
  const results = await profiles.syncOnce();
  const failed = results.filter((r) => r.error !== undefined);
  for (const r of failed) process.stderr.write(`${r.profile}: ${(r.error as Error)?.stack ?? String(r.error)}\n`);
  const summary: Record<string, number> = {};
  const byProfile: Record<string, unknown> = {};
  for (const r of results) {
    if (!r.summary) continue;
    byProfile[r.profile] = r.summary;
    for (const [k, n] of Object.entries(r.summary)) summary[k] = (summary[k] ?? 0) + n;
  }
  process.stdout.write(JSON.stringify({ summary, profiles: byProfile }));
  if (failed.length > 0) process.exitCode = 1;
} finally {
  profiles.close();
}
