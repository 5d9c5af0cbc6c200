/**
 * Screenshots of every scene, taken in Debian's Chromium against the built
 * renderer and the real engine (through the dev bridge), for the README and
 * for a consultant's quick visual check.
 *
 *   npx ledgerbridge demo --data-dir .data/demo --orders 40
 *   node scripts/build.mjs --renderer-only
 *   npm run screenshots -- --data-dir .data/demo [--out docs/screenshots] [--lang en]
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppService } from '../main/service/app-service';
import { e2eUnavailable, goTo, openUi } from '../test/e2e/helpers';

const SCENES = {
  da: ['Overblik', 'Ordrer', 'Fejllog', 'Fakturamail', 'Fakturaer', 'Indstillinger', 'Opsætning'],
  en: ['Overview', 'Orders', 'Error log', 'Invoice mail', 'Invoices', 'Settings', 'Setup'],
} as const;

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    out: { type: 'string', default: 'docs/screenshots' },
    lang: { type: 'string', default: 'da' },
  },
});

const unavailable = e2eUnavailable();
if (unavailable) {
  console.error(`screenshots: ${unavailable}`);
  process.exit(2);
}
if (!values['data-dir']) {
  console.error('screenshots: --data-dir DIR is required (create one with `npx ledgerbridge demo --data-dir DIR`)');
  process.exit(2);
}
const language = values.lang === 'en' ? 'en' : 'da';
const outDir = resolve(values.out!);
mkdirSync(outDir, { recursive: true });

const service = await createAppService({ dataDir: resolve(values['data-dir']), onEvent: () => undefined });
await service['settings.update']({ language });
const ui = await openUi(service);
try {
  await ui.page.getByRole('heading', { level: 1 }).first().waitFor();
  for (const [index, scene] of SCENES[language].entries()) {
    await goTo(ui.page, scene);
    await ui.page.waitForLoadState('networkidle');
    const file = resolve(outDir, `${String(index + 1).padStart(2, '0')}-${scene.toLowerCase().replace(/\s+/g, '-')}.png`);
    await ui.page.screenshot({ path: file });
    console.log(file);
  }
  if (ui.pageErrors.length > 0) console.warn(`page errors:\n${ui.pageErrors.join('\n')}`);
} finally {
  await ui.close();
  await service.dispose();
}
