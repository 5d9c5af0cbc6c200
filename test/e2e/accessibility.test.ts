/**
 * axe-core (through Playwright, in Debian's Chromium) on every screen of the app in Danish and
 * English, at 1280×800, against the built renderer and the real engine on the demo: no serious
 * or critical violation, and every control has an accessible name.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService } from '../../main/demo/demo-service';
import { SCREENS, SCREEN_NAMES } from '../../shared/i18n/places';
import type { AppEvent } from '../../shared/ipc/contract';
import { ensureRendererBuilt } from '../../scripts/ui/build-renderer';
import { CHROMIUM_PATH, e2eUnavailable, goTo, openUi, type UiSession } from '../../scripts/ui/browser-session';

if (existsSync(CHROMIUM_PATH)) await ensureRendererBuilt();
const unavailable = e2eUnavailable();

describe.skipIf(unavailable !== null)(`accessibility of every screen${unavailable ? ` — skipped: ${unavailable}` : ''}`, () => {
  let dataDir: string;
  let demo: Awaited<ReturnType<typeof startDemoService>>;
  let ui: UiSession | null = null;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lb-a11y-'));
    demo = await startDemoService({ dataDir, orders: 20, autoSync: false, onEvent: (e: AppEvent) => ui?.bridge.emit(e) });
    // A shop after its first sync: orders in every state, a problem in the log, invoices.
    await demo.service['sync.now']({});
    ui = await openUi(demo.service, { viewport: { width: 1280, height: 800 } });
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
    await demo?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  for (const lang of ['da', 'en'] as const) {
    it(`finds no serious or critical violation on any screen in ${lang === 'da' ? 'Danish' : 'English'}`, async () => {
      const page = ui!.page;
      await demo.service['settings.update']({ language: lang });
      await page.reload();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const found: string[] = [];
      for (const screen of SCREENS) {
        await goTo(page, SCREEN_NAMES[screen][lang]);
        await page.getByRole('heading', { level: 1, name: SCREEN_NAMES[screen][lang] }).first().waitFor();
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        for (const v of violations) {
          if (v.impact === 'serious' || v.impact === 'critical') found.push(`${screen}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      expect(found).toEqual([]);
    }, 300_000);
  }
});
