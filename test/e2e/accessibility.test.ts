/**
 * axe-core (through Playwright, in Debian's Chromium) on every screen of the app in Danish and
 * English, at 1280×800, against the built renderer and the real engine on the demo: no serious
 * or critical violation, and every control has an accessible name. And in Danish, no English
 * word and no raw identifier on any screen. Each screen is checked as the owner uses it (an
 * invoice's PDF open, the month reconciled, an order and a log entry opened), and at 1280×800
 * nothing on it is wider than the window: no panel scrolls sideways, nothing ends past the edge.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService } from '../../main/demo/demo-service';
import { SCREENS, SCREEN_NAMES } from '../../shared/i18n/places';
import type { AppEvent } from '../../shared/ipc/contract';
import type { Lang } from '../../shared/i18n/lang';
import type { Page } from 'playwright-core';
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
    // A shop booking per day (postingUnit "day"), so that every screen is offered, the days screen too.
    demo = await startDemoService({ dataDir, orders: 20, autoSync: false, profile: { postingUnit: 'day' }, onEvent: (e: AppEvent) => ui?.bridge.emit(e) });
    // A shop after its first sync: orders in every state, closed days, a problem in the log, invoices.
    await demo.service['sync.now']({});
    ui = await openUi(demo.service, { viewport: { width: 1280, height: 800 } });
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
    await demo?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows no English and no raw identifier on any screen in Danish', async () => {
    const page = ui!.page;
    await demo.service['settings.update']({ language: 'da' });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const found: string[] = [];
    for (const screen of SCREENS) {
      await goTo(page, SCREEN_NAMES[screen].da);
      await page.getByRole('heading', { level: 1, name: SCREEN_NAMES[screen].da }).first().waitFor();
      await openWhatTheScreenHolds(page, screen, 'da');
      // What the owner reads: the visible text, and the names and hints of the controls.
      const names = (await page.evaluate(CONTROL_TEXTS)) as string[];
      const text = [await page.locator('body').innerText(), ...names].join('\n');
      for (const hit of leaksInDanish(text)) found.push(`${screen}: ${hit}`);
    }
    expect(found).toEqual([]);
  }, 300_000);

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
        await openWhatTheScreenHolds(page, screen, lang);
        for (const problem of (await page.evaluate(WIDER_THAN_WINDOW)) as string[]) found.push(`${screen}: ${problem}`);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        for (const v of violations) {
          if (v.impact === 'serious' || v.impact === 'critical') found.push(`${screen}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      expect(found).toEqual([]);
    }, 300_000);
  }

  /** The screen as the owner uses it: the newest invoice's PDF, the demo's month reconciled, the first order and log entry opened. */
  async function openWhatTheScreenHolds(page: Page, screen: (typeof SCREENS)[number], lang: Lang): Promise<void> {
    if (screen === 'invoices') {
      await page.getByRole('table', { name: SCREEN_NAMES.invoices[lang] }).getByRole('button').first().click();
      // The page is drawn when the viewer shows its scale.
      await page.locator('.pdf-viewer').getByText(/^\d+ %$/).waitFor();
    } else if (screen === 'reconciliation') {
      const newest = (await demo.service['orders.list']({ offset: 0, limit: 1 })).rows[0];
      await page.locator('.scene-head select').selectOption(newest.date.slice(0, 7));
      await page.locator('.scene-head button.primary').click();
      await page.locator('.card table').first().waitFor();
    } else if (screen === 'orders') {
      await page.getByRole('row').nth(1).click();
      await page.locator('.detail').first().waitFor();
    } else if (screen === 'log') {
      await page.locator('.log-row').first().click();
      await page.locator('aside.detail h2').first().waitFor();
    }
  }
});

/**
 * What is wider than the window (run in the page): a panel that scrolls sideways (the main
 * panel, a detail panel, a PDF's stage) or an element that ends past the right edge.
 */
const WIDER_THAN_WINDOW = `(() => {
  const name = (e) => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
  const found = [];
  for (const e of document.querySelectorAll('.content, .content *')) {
    const overflow = getComputedStyle(e).overflowX;
    if ((overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth) found.push(name(e) + ' scrolls sideways: ' + e.scrollWidth + ' > ' + e.clientWidth + ' px');
    const box = e.getBoundingClientRect();
    if (box.width > 0 && box.right > window.innerWidth + 0.5) found.push(name(e) + ' ends at ' + Math.round(box.right) + ' px of ' + window.innerWidth);
  }
  return found;
})()`;

/**
 * English words an owner would notice in a Danish screen (validation messages such as
 * "url: Invalid URL", "e-conomic (manual booking)") and raw identifiers from the code
 * (`keepAsDraft`, `needs-attention`, `undefined`). Names of products and services (WooCommerce,
 * MobilePay, One-Stop-Shop) are proper names, not English. The mail template's merge fields
 * are not excepted: in Danish they are Danish (`{{kundenavn}}`, picked by a Danish label).
 */
const ENGLISH = /\b(the|and|with|from|invalid|required|expected|error|failed|retry|sync|settings|orders?|booked|drafts?|manual booking|waiting|pending|undefined|null|nan|true|false)\b/i;
const IDENTIFIER = /\b[a-z]+[A-Z][a-z]+[A-Za-z]*\b|\b[a-z]+-[a-z]+-[a-z]+\b/;
/** The names, hints and placeholders of every control (run in the page). */
const CONTROL_TEXTS = `[...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a))).filter(Boolean)`;
const PROPER_NAMES = /\b(WooCommerce|MobilePay|e-conomic|One-Stop-Shop|Shopify)\b/g;

function leaksInDanish(text: string): string[] {
  const hits: string[] = [];
  for (const line of text.split('\n')) {
    const plain = line.replace(PROPER_NAMES, '');
    const m = ENGLISH.exec(plain) ?? IDENTIFIER.exec(plain);
    if (m) hits.push(`"${m[0]}" in "${line.trim().slice(0, 120)}"`);
  }
  return [...new Set(hits)];
}
