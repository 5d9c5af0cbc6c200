import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../main/settings';
import { WIZARD_FILE_NAME } from '../../../main/service/wizard-store';
import type { Channel, RequestInput, Response } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { profileFromAnswers } from '../../../shared/ipc/wizard-profile';
import { completeWizard, ECONOMIC_TOKENS, SHOP_KEYS, standardAnswers, startServiceHarness, type ServiceHarness } from './harness';

/**
 * Per order or per day, and how a day is booked, through the validated contract against the
 * sandboxes: a shop set up per order is switched in Settings to days booked as vouchers in journal
 * 1 ("Kassekladde"), and the wizard, reopened, shows and keeps that, also from a wizard.json
 * written before the wizard asked.
 */
describe('desktop service: per order or per day', () => {
  let h: ServiceHarness;
  const JOURNAL_DAYS = { postingUnit: 'day', dayClosesAfterMinutes: 90, dayBooking: 'journal', dayJournalNumber: 1 } as const;

  async function call<K extends Channel>(channel: K, request: RequestInput<K>): Promise<Response<K>> {
    const result = await dispatch(h.service, channel, request, { validateResponses: true });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as Response<K>;
  }
  const stored = () => new ConfigStore(h.dataDir).getProfile()!;

  beforeAll(async () => {
    h = await startServiceHarness();
    await completeWizard(h);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('reads a shop set up without an answer about booking as booking per order, with the profile defaults', async () => {
    expect(await call('posting.get', {})).toEqual({ postingUnit: 'order', dayClosesAfterMinutes: 60, dayBooking: 'invoice' });
  });

  it('switches the shop to days booked as vouchers in a journal: the profile the engine reads and the wizard answer both', async () => {
    expect(await call('posting.save', JOURNAL_DAYS)).toEqual(JOURNAL_DAYS);
    expect(stored()).toMatchObject(JOURNAL_DAYS);
    expect((await call('wizard.get', {})).answers.posting).toEqual(JOURNAL_DAYS);
    expect(await call('posting.get', {})).toEqual(JOURNAL_DAYS);
  });

  it('refuses days in a journal without a journal, and changes nothing', async () => {
    const refused = await dispatch(h.service, 'posting.save', { postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'journal' }, { validateResponses: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(stored()).toMatchObject(JOURNAL_DAYS);
  });

  it('reopened, the wizard shows the shop booking per day, and its answers make the same profile again', async () => {
    // Finishing the wizard saves profileFromAnswers of these answers.
    const answers = (await call('wizard.get', {})).answers;
    expect(answers.posting).toEqual(JOURNAL_DAYS);
    expect(profileFromAnswers(answers)).toMatchObject(JOURNAL_DAYS);

    // Without wizard.json (a profile set up with the CLI) the answers are read from the profile.
    rmSync(join(h.dataDir, WIZARD_FILE_NAME));
    await h.reopen();
    expect((await call('wizard.get', {})).answers.posting).toEqual(JOURNAL_DAYS);
  });

  it('takes the booking from the profile when wizard.json was written before the wizard asked about it', async () => {
    const path = join(h.dataDir, WIZARD_FILE_NAME);
    // Any step saved writes wizard.json again, as the answers from the profile.
    await call('wizard.saveStep', { step: 'check', answers: {} });
    const before = JSON.parse(readFileSync(path, 'utf8')) as { state: { answers: Record<string, unknown> } };
    delete before.state.answers.posting;
    writeFileSync(path, JSON.stringify(before));
    await h.reopen();
    const answers = (await call('wizard.get', {})).answers;
    expect(answers.posting).toEqual(JOURNAL_DAYS);
    expect(profileFromAnswers(answers)).toMatchObject(JOURNAL_DAYS);
  });

  it('keeps the journal when days go back to invoices, so switching again asks nothing anew', async () => {
    const invoices = { postingUnit: 'day', dayClosesAfterMinutes: 30, dayBooking: 'invoice' } as const;
    expect(await call('posting.save', invoices)).toEqual({ ...invoices, dayJournalNumber: 1 });
    expect(stored()).toMatchObject({ ...invoices, dayJournalNumber: 1 });
    expect((await call('wizard.get', {})).answers.posting).toEqual({ ...invoices, dayJournalNumber: 1 });
  });
});

/**
 * A consultant who opens Settings in the middle of the setup and saves the booking there: the
 * wizard's "Order status" step shows that answer, but is not ticked off, nor is the wizard moved
 * on — only going through the step itself completes it.
 */
describe('desktop service: the booking saved in Settings before the wizard is finished', () => {
  let h: ServiceHarness;
  const DAYS = { postingUnit: 'day', dayClosesAfterMinutes: 120, dayBooking: 'invoice' } as const;

  beforeAll(async () => {
    h = await startServiceHarness();
    const a = standardAnswers(h.shop.url);
    await h.service['wizard.saveStep']({ step: 'plan', answers: { plan: a.plan }, next: 'shop' });
    await h.service['wizard.saveStep']({ step: 'shop', answers: { shop: a.shop }, next: 'economic', shopCredentials: { kind: 'woocommerce', ...SHOP_KEYS } });
    await h.service['wizard.saveStep']({ step: 'economic', answers: { economic: a.economic }, next: 'stages', economicCredentials: ECONOMIC_TOKENS });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the answer for the "Order status" step without ticking the step off or moving the wizard', async () => {
    expect(await h.service['posting.save'](DAYS)).toEqual(DAYS);
    const wizard = await h.service['wizard.get']({});
    expect(wizard).toMatchObject({ step: 'stages', completed: ['plan', 'shop', 'economic'], finished: false });
    expect(wizard.answers.posting).toEqual(DAYS);
    expect(await h.service['posting.get']({})).toEqual(DAYS);
  });

  it('ticks "Order status" off once the step is gone through in the wizard, as before', async () => {
    const state = await h.service['wizard.saveStep']({ step: 'stages', answers: { stages: { orderStages: ['processing', 'completed'] }, posting: DAYS }, next: 'mapping' });
    expect(state).toMatchObject({ step: 'mapping', completed: ['plan', 'shop', 'economic', 'stages'] });
    expect(state.answers.posting).toEqual(DAYS);
  });
});
