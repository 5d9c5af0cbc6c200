import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { RENDERER_DIR } from './browser-session';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = ['renderer', 'shared'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the renderer (vite, about a second) when out/renderer is missing or older than its sources. */
export async function ensureRendererBuilt(): Promise<void> {
  const index = join(RENDERER_DIR, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((d) => newestMtime(join(ROOT, d))), statSync(join(ROOT, 'vite.config.ts')).mtimeMs);
  if (built >= sources) return;
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
