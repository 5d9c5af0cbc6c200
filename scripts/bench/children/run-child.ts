import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { EXTERNAL } from '../../build.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Inside the repo so the bundle resolves the native modules from node_modules; ignored by git. */
const OUT = join(ROOT, 'out', 'bench-children');

const bundles = new Map<string, Promise<string>>();

/**
 * Bundles a child entry (a path relative to the repo root) the way the desktop app's main
 * process is bundled, so a child measures the engine and starts in a fraction of a second
 * rather than compiling TypeScript through the dev loader at every start.
 */
export function bundleChild(entry: string): Promise<string> {
  let bundled = bundles.get(entry);
  if (!bundled) {
    const outfile = join(OUT, relative(ROOT, join(ROOT, entry)).replace(/[\\/]/g, '_').replace(/\.ts$/, '.mjs'));
    mkdirSync(OUT, { recursive: true });
    bundled = build({
      entryPoints: [join(ROOT, entry)],
      outfile,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: EXTERNAL,
      logLevel: 'warning',
      // CommonJS dependencies inside an ESM bundle still call require().
      banner: { js: "import { createRequire as __lbCreateRequire } from 'node:module'; const require = __lbCreateRequire(import.meta.url);" },
    }).then((result) => {
      // Written under a private name and renamed, so a run in another process never starts a half-written file.
      const partial = `${outfile}.${process.pid}.tmp`;
      writeFileSync(partial, result.outputFiles[0].contents);
      renameSync(partial, outfile);
      return outfile;
    });
    bundles.set(entry, bundled);
  }
  return bundled;
}

/** Starts a bundled child entry under plain Node. */
export async function spawnChild(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const file = await bundleChild(entry);
  return spawn(process.execPath, [file, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface ChildOutcome {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs a bundled child entry to the end. */
export async function runChildOutcome(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ChildOutcome> {
  const child = await spawnChild(entry, args, env);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ stdout, stderr, code, signal }));
  });
}

/** Runs a bundled child entry and returns its stdout; anything but exit code 0 is an error with its stderr. */
export async function runChild(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const r = await runChildOutcome(entry, args, env);
  if (r.code !== 0) throw new Error(`${entry} ended with ${r.signal ?? `exit code ${r.code}`}: ${r.stderr.slice(-2000)}`);
  return r.stdout;
}
