/**
 * Helpers for end-to-end tests in Debian's Chromium (driven by playwright-core)
 * against the built renderer, served by the dev bridge on 127.0.0.1 with a
 * real AppService behind it. Build the renderer first: `node scripts/build.mjs --renderer-only`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { startDevBridge, type DevBridge } from '../../main/bridge/dev-bridge';
import type { AppService } from '../../shared/ipc/contract';

export const CHROMIUM_PATH = process.env.LEDGERBRIDGE_CHROMIUM ?? '/usr/bin/chromium';
export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** Flags that keep Chromium off the network and quiet on a headless CI machine. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why e2e tests cannot run here, or null when they can (use with `describe.skipIf`). */
export function e2eUnavailable(): string | null {
  if (!existsSync(CHROMIUM_PATH)) return `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) return 'renderer not built (node scripts/build.mjs --renderer-only)';
  return null;
}

/** `locale` also becomes the browser's UI language (--lang). */
export function launchChromium(options: { locale?: string } = {}): Promise<Browser> {
  const lang = options.locale ? [`--lang=${options.locale}`] : [];
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...lang] });
}

export interface UiSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  bridge: DevBridge;
  /** Console errors and uncaught page errors (CSP violations show up here). */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Serves the built renderer with `service` behind the dev bridge and opens it
 * in Chromium, in Danish by default and at a desktop window size.
 */
export async function openUi(service: AppService, options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<UiSession> {
  const bridge = await startDevBridge({ service, staticDir: RENDERER_DIR });
  const locale = options.locale ?? 'da-DK';
  const browser = await launchChromium({ locale });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 820 }, locale });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${bridge.url}/index.html`);
  return {
    browser,
    context,
    page,
    bridge,
    pageErrors,
    async close() {
      await context.close();
      await browser.close();
      await bridge.close();
    },
  };
}

/** Clicks a sidebar entry by its visible name. */
export async function goTo(page: Page, entry: string): Promise<void> {
  await page.getByRole('navigation', { name: 'LedgerBridge' }).getByRole('button', { name: new RegExp(`^${entry}`) }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}
