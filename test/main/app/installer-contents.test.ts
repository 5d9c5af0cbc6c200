import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { EXTERNAL, mainBundleOptions } from '../../../scripts/build.mjs';

/**
 * The installer holds `out/**` (the bundled main process, preload and renderer) and the
 * production dependencies electron-builder copies from node_modules. Neither may carry
 * the sandboxes, the demo or the dev bridge, nor the packages only they and the tests use.
 */
const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };

/** GraphQL server (Shopify sandbox), SMTP server and mail parser (SMTP catcher), PDF maker and ISO 4217 currency list (e-conomic sandbox), WebSocket server (dev bridge). */
// pdf-lib is not among them: the app writes the day's order list PDF with it (shared/days/order-list-pdf.ts).
const SANDBOX_PACKAGES = ['graphql', 'smtp-server', 'mailparser', 'currency-codes', 'ws'];
const NOT_SHIPPED = ['main/sandbox/', 'main/demo/', 'main/bridge/'];

/** The package a node_modules path belongs to (`node_modules/@scope/name/…` → `@scope/name`). */
function packageOf(path: string): string | null {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return m ? m[1] : null;
}

describe('the installer ships no sandbox', () => {
  it('keeps the sandboxes’ and the dev bridge’s packages out of the production dependencies', () => {
    for (const name of SANDBOX_PACKAGES) {
      expect(pkg.dependencies, name).not.toHaveProperty(name);
      expect(pkg.devDependencies, name).toHaveProperty(name);
      // electron-builder copies only what production dependencies reach; npm marks the rest dev.
      expect(lock.packages[`node_modules/${name}`], name).toMatchObject({ dev: true });
    }
  });

  it('bundles the main process without a file of the sandboxes, the demo or the dev bridge', async () => {
    const result = await build({ ...mainBundleOptions(), write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile!.inputs).map((p) => relative(root, join(root, p)).split('\\').join('/'));
    expect(inputs).toContain('main/app/main.ts');
    expect(inputs).toContain('main/runtime/runtime.ts');
    expect(inputs.filter((p) => NOT_SHIPPED.some((folder) => p.startsWith(folder)))).toEqual([]);
    const bundledPackages = new Set(inputs.map(packageOf).filter((p) => p !== null));
    expect([...bundledPackages].filter((p) => SANDBOX_PACKAGES.includes(p))).toEqual([]);
    // What the bundle leaves to node_modules must be there in the installed app.
    const external = EXTERNAL.filter((p) => p !== 'electron' && !p.includes('*'));
    for (const name of external) expect(pkg.dependencies, name).toHaveProperty(name);
  }, 60_000);
});
