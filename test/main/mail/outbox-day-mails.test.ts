import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../main/ledger';
import { MailOutbox, OutboxStateError, type EnqueueDayMailInput, type OutboxRow } from '../../../main/mail';
import { exampleMailVars } from '../../../shared/mail';

/**
 * The accountant's mail of a booked day in the outbox (main/mail/outbox.ts): queued at most once
 * per day, and when it waits for the owner its words send them to the accountant's address and
 * the Days screen — not to a customer's order, as an invoice mail's do.
 */
let dir: string;
let ledger: Ledger;
let dayId: number;
let outbox: MailOutbox;
const clock = () => new Date('2026-12-04T01:10:00.000Z');

const dayMail = (changes: Partial<EnqueueDayMailInput> = {}): EnqueueDayMailInput => ({
  dayId,
  invoiceNumber: 4711,
  to: 'revisor@example.dk',
  language: 'da',
  subject: 'Ordreliste 03.12.2026 · Butik Nordlys · DKK · faktura 4711',
  html: '<p>Hej</p>',
  text: 'Hej',
  vars: { invoiceNumber: 4711, invoiceDate: '2026-12-03', currency: 'DKK', shopName: 'Butik Nordlys', total: '897.00' },
  attachments: [
    { filename: 'ordreliste-2026-12-03-DKK.pdf', path: join(dir, 'order-lists', `day-${dayId}.pdf`), contentType: 'application/pdf' },
    { filename: 'ordreliste-2026-12-03-DKK.csv', path: join(dir, 'order-lists', `day-${dayId}.csv`), contentType: 'text/csv; charset=utf-8' },
  ],
  ...changes,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lb-day-mail-'));
  ledger = openLedger(dir);
  dayId = ledger.days.findOrOpen('demo', '2026-12-03', 'DKK', 'domestic').id;
  outbox = new MailOutbox(ledger.db, { clock });
});
afterEach(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the accountant's mail in the outbox", () => {
  it('is queued once per day: a second call (a re-run, a restart) returns the row that exists', () => {
    const first = outbox.enqueueDayMail(dayMail());
    const again = outbox.enqueueDayMail(dayMail({ subject: 'changed', to: 'other@example.dk' }));
    expect(again).toEqual(first);
    expect(outbox.dayMails()).toHaveLength(1);
    expect(first).toMatchObject({ dayId, invoiceNumber: 4711, status: 'queued', to: 'revisor@example.dk', orderId: `day:${dayId}` });
    expect(first.attachments?.map((a) => a.filename)).toEqual(['ordreliste-2026-12-03-DKK.pdf', 'ordreliste-2026-12-03-DKK.csv']);
  });

  it('never takes the place of an invoice mail under the same number', () => {
    outbox.enqueue({ invoiceNumber: 4711, orderId: 'wc-1', to: 'kunde@example.dk', language: 'da', vars: exampleMailVars('da'), pdfPath: join(dir, 'pdf', 'Faktura-4711.pdf') });
    expect(() => outbox.enqueueDayMail(dayMail())).toThrow(OutboxStateError);
    expect(outbox.get(4711)).toMatchObject({ dayId: null, to: 'kunde@example.dk' });
  });

  it('left mid-send by a process that died is uncertain (LB-6012) and names the Days screen, not the customer', async () => {
    outbox.enqueueDayMail(dayMail());
    // While this send is under way the row is committed as `sending`; the app opened again now finds it so.
    let recovered: OutboxRow[] = [];
    await outbox.processDue(async (row) => {
      recovered = new MailOutbox(ledger.db, { clock }).recoverAfterCrash();
      return { messageId: row.messageId ?? '', accepted: [row.to], rejected: [], response: '250 OK' };
    });
    expect(recovered.map((r) => [r.dayId, r.status, r.lastError?.errorCode])).toEqual([[dayId, 'uncertain', 'LB-6012']]);
    expect(recovered[0].lastError?.params).toMatchObject({ date: '2026-12-03', currency: 'DKK', email: 'revisor@example.dk' });
    expect(recovered[0].lastError?.fix.da).toBe('Tjek sendt post i din mailkonto, eller spørg revisoren. Kom den ikke frem, så send den igen under Dagsopgørelser → dagen → "Send til revisor".');
    expect(recovered[0].lastError?.fix.en).toBe('Check the sent folder of your mail account or ask the accountant. If it did not arrive, send it again under Daily summaries → the day → "Send to accountant".');
  });

  it('keeps the words of a temporary refusal, which is retried by itself', async () => {
    outbox.enqueueDayMail(dayMail());
    await outbox.processDue(async () => {
      throw Object.assign(new Error('451 4.7.1 greylisted, try again later'), { responseCode: 451, command: 'RCPT TO' });
    });
    const row = outbox.getForDay(dayId)!;
    expect(row.status).toBe('retry');
    expect(row.lastError?.errorCode).toBe('LB-6011');
    expect(row.lastError?.fix.en).toBe("The recipient's mail server asks us to try again shortly (greylisting). This is normal; the mail is retried automatically.");
  });
});
