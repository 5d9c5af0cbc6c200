/**
 * Settings while a further shop is being set up, in real Chromium against the built renderer, the
 * dev bridge and the real desktop service on the demo: the owner presses "Tilføj butik", the
 * wizard starts for the new shop (its answers so far: days closed at 00:30, Swedish buyers), and
 * meanwhile opens Settings. Settings shows the demo shop's own booking and currencies, and what is
 * saved there changes the demo shop — never the half-made new shop.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService } from '../../main/demo/demo-service';
import { ConfigStore } from '../../main/settings';
import type { AppEvent } from '../../shared/ipc/contract';
import { ensureRendererBuilt } from '../../scripts/ui/build-renderer';
import { CHROMIUM_PATH, e2eUnavailable, goTo, openUi, type UiSession } from '../../scripts/ui/browser-session';

if (existsSync(CHROMIUM_PATH)) await ensureRendererBuilt();
const unavailable = e2eUnavailable();

describe.skipIf(unavailable !== null)(`end to end: Settings of a shop while another is being added, in Chromium${unavailable ? ` — skipped: ${unavailable}` : ''}`, () => {
  let dataDir: string;
  let demo: Awaited<ReturnType<typeof startDemoService>>;
  let ui: UiSession | null = null;
  let page: Page;
  // The new shop's answers, typed in its wizard before Settings is opened.
  const NEW_POSTING = { postingUnit: 'day', dayClosesAfterMinutes: 30, dayBooking: 'invoice' } as const;
  const NEW_CURRENCIES = { enabled: ['SEK'], collectiveCustomers: {}, homeCountry: 'SE', vatZones: { domestic: 1, eu: 2, abroad: 3 }, vatNumberMetaKey: 'momsnummer', oss: false };
  const demoProfile = () => new ConfigStore(dataDir).getProfile('demo')!;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lb-settings-shop-'));
    demo = await startDemoService({ dataDir, orders: 5, autoSync: false, onEvent: (e: AppEvent) => ui?.bridge.emit(e) });
    ui = await openUi(demo.service, { viewport: { width: 1280, height: 900 } });
    page = ui.page;
    await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();
  }, 60_000);
  afterAll(async () => {
    await ui?.close();
    await demo?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts the wizard for a new shop from the shop switcher', async () => {
    await page.getByRole('button', { name: 'Tilføj butik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opsætning' }).waitFor();
    await page.getByText('Du er ved at sætte en ny butik op.').waitFor();
    // The consultant names the new shop and goes on; its later answers are given through the service.
    await page.getByRole('textbox', { name: 'Profilnavn' }).fill('norrsken');
    await page.getByRole('button', { name: 'Næste' }).click();
    await page.getByRole('heading', { level: 2, name: 'Webshop' }).waitFor();
    const s = demo.service;
    await s['wizard.saveStep']({ step: 'shop', answers: { shop: { platform: 'woocommerce', url: 'https://norrsken.example.se', shopName: 'Norrsken', currency: 'SEK' } }, next: 'stages' });
    await s['wizard.saveStep']({ step: 'stages', answers: { stages: { orderStages: ['completed'] }, posting: NEW_POSTING }, next: 'mapping' });
    await s['wizard.saveStep']({ step: 'currencies', answers: { currencies: NEW_CURRENCIES }, next: 'paymentMethods' });
  });

  it("shows the demo shop's booking and currencies in Settings, not the new shop's answers", async () => {
    await goTo(page, 'Indstillinger');
    const posting = page.getByRole('region', { name: 'Bogføring pr. ordre eller pr. dag' });
    // The demo profile books one invoice per order; the new shop's answer is per day.
    await expect.poll(() => posting.getByRole('radio', { name: 'Pr. ordre: én faktura for hver ordre' }).isChecked()).toBe(true);
    const currencies = page.getByRole('region', { name: 'Valuta og moms' });
    await expect.poll(() => currencies.getByRole('textbox', { name: 'Butikkens land' }).inputValue()).toBe('DK');
    expect(await currencies.getByRole('textbox', { name: 'Felt med købers momsnummer' }).inputValue()).toBe('_vat_number');
    // The demo shop's mail server (the sandbox's SMTP catcher); the new shop has none yet.
    const mail = page.getByRole('region', { name: 'Mail' });
    await expect.poll(() => mail.getByRole('textbox', { name: 'Server' }).inputValue()).toBe(demo.sandboxes.smtp.host);
    // e-conomic's choices (loaded with the form shown above) are the demo agreement's, not missing as the new shop's would be.
    expect(await currencies.getByText('Forbind e-conomic under Opsætning', { exact: false }).count()).toBe(0);
  });

  it('saves to the demo shop: its profile changes, the new shop keeps its answers', async () => {
    const posting = page.getByRole('region', { name: 'Bogføring pr. ordre eller pr. dag' });
    await posting.getByRole('radio', { name: 'Pr. dag: én dagsopgørelse pr. dag og valuta' }).check();
    await posting.getByLabel('Dagen lukkes (minutter efter midnat)').fill('45');
    await posting.getByRole('button', { name: 'Gem bogføringen' }).click();
    await posting.getByText('Gemt', { exact: true }).waitFor();

    const currencies = page.getByRole('region', { name: 'Valuta og moms' });
    await currencies.getByRole('textbox', { name: 'Felt med købers momsnummer' }).fill('vat_id');
    await currencies.getByRole('button', { name: 'Gem valuta og moms' }).click();
    await currencies.getByText('Gemt', { exact: true }).waitFor();

    expect(demoProfile()).toMatchObject({ postingUnit: 'day', dayClosesAfterMinutes: 45, homeCountry: 'DK', shop: { vatNumberMetaKey: 'vat_id' } });
    const wizard = await demo.service['wizard.get']({});
    expect(wizard.answers).toMatchObject({ plan: { profileName: 'norrsken' }, posting: NEW_POSTING, currencies: NEW_CURRENCIES });
    expect(wizard.completed).toEqual(['plan', 'shop', 'stages', 'currencies']);
    expect(new ConfigStore(dataDir).getProfile('norrsken')).toBeNull();
    expect((await demo.service['shops.list']({})).adding).toBe(true);
  });

  it('shows the saved values when Settings is opened again, and the page logged no errors', async () => {
    await goTo(page, 'Overblik');
    await goTo(page, 'Indstillinger');
    const posting = page.getByRole('region', { name: 'Bogføring pr. ordre eller pr. dag' });
    await expect.poll(() => posting.getByLabel('Dagen lukkes (minutter efter midnat)').inputValue()).toBe('45');
    expect(await posting.getByRole('radio', { name: 'Pr. dag: én dagsopgørelse pr. dag og valuta' }).isChecked()).toBe(true);
    expect(await page.getByRole('region', { name: 'Valuta og moms' }).getByRole('textbox', { name: 'Felt med købers momsnummer' }).inputValue()).toBe('vat_id');
    expect(ui!.pageErrors).toEqual([]);
  });
});
