#!/usr/bin/env node
/**
 * Builds what Electron loads:
 *   out/main/app.cjs        main process (main/app/main.ts), CJS, native modules left external
 *   out/main/tray/*.png     tray icons (build/ is not copied into the package)
 *   out/preload/index.cjs   sandboxed preload: one self-contained CJS file
 *   out/renderer/           the React UI (vite)
 * Usage: node scripts/build.mjs [--renderer-only]
 */
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rendererOnly = process.argv.includes('--renderer-only');

// Native addons and Electron itself are loaded at run time from node_modules (asarUnpack).
export const EXTERNAL = ['electron', 'better-sqlite3', '@napi-rs/keyring', '@napi-rs/keyring-*'];

/**
 * How the main process is bundled; the installer-contents test bundles it the same way.
 * @returns {import('esbuild').BuildOptions}
 */
export function mainBundleOptions() {
  return {
    entryPoints: [join(root, 'main/app/main.ts')],
    outfile: join(root, 'out/main/app.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: EXTERNAL,
    sourcemap: 'linked',
    logLevel: 'warning',
    // ESM-only dependencies (electron-store) use import.meta.url; give the CJS bundle one.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  };
}

async function buildMain() {
  await esbuild(mainBundleOptions());
  mkdirSync(join(root, 'out/main/tray'), { recursive: true });
  cpSync(join(root, 'build/tray'), join(root, 'out/main/tray'), { recursive: true });
}

async function buildPreload() {
  await esbuild({
    entryPoints: [join(root, 'preload/index.ts')],
    outfile: join(root, 'out/preload/index.cjs'),
    bundle: true,
    // A sandboxed preload may only require('electron'); everything else is inlined.
    platform: 'node',
    format: 'cjs',
    target: 'chrome120',
    external: ['electron'],
    logLevel: 'warning',
  });
}

async function buildRenderer() {
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

async function buildAll() {
  await buildRenderer();
  console.log('renderer  → out/renderer');
  if (!rendererOnly) {
    await buildPreload();
    console.log('preload   → out/preload/index.cjs');
    await buildMain();
    console.log('main      → out/main/app.cjs');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildAll().catch((error) => {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
