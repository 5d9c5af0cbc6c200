/**
 * A LedgerBridge process that queues and sends invoice mails and dies (SIGKILL,
 * no clean-up) at a chosen point. Run by crash.test.ts with `node bin/run-ts.js`.
 *   die-before-send: after the mails are queued (PDF stored), before any SMTP;
 *   die-after-accept: inside the send, right after the SMTP server answered 250
 *                     to DATA for `killOn`, before the outbox marks it sent;
 *   send:             sends normally (the parent kills it from the SMTP server).
 */
import { readFileSync } from 'node:fs';
import { openLedger } from '../../../main/ledger';
import { MailOutbox, createTransport, outboxSender, storeInvoicePdf } from '../../../main/mail';
import { exampleMailVars } from '../../../shared/mail';

interface ChildArgs {
  dataDir: string;
  pdfSource: string;
  smtpPort: number;
  invoices: number[];
  mode: 'die-before-send' | 'die-after-accept' | 'send';
  killOn?: number;
}

const args = JSON.parse(process.env.LB_CRASH_CHILD ?? '{}') as ChildArgs;
const from = { name: 'Butik Nordlys', address: 'faktura@nordlys.dk' };

function die(): Promise<never> {
  process.kill(process.pid, 'SIGKILL');
  return new Promise<never>(() => {});
}

// The real ledger: WAL, migrations (mail outbox = 20) and the data-dir lock a dead process leaves behind.
const ledger = openLedger(args.dataDir);
const outbox = new MailOutbox(ledger.db, { fromAddress: from.address });
const pdf = readFileSync(args.pdfSource);
for (const invoiceNumber of args.invoices) {
  const pdfPath = storeInvoicePdf(args.dataDir, invoiceNumber, pdf);
  outbox.enqueue({
    invoiceNumber,
    orderId: `wc-${invoiceNumber}`,
    to: `kunde${invoiceNumber}@example.dk`,
    language: 'da',
    vars: { ...exampleMailVars('da'), invoiceNumber: String(invoiceNumber) },
    pdfPath,
  });
}
process.stdout.write('queued\n');
if (args.mode === 'die-before-send') await die();

const transport = createTransport({ host: '127.0.0.1', port: args.smtpPort, security: 'none' });
const send = outboxSender({ transport, from });
await outbox.processDue(async (row) => {
  const result = await send(row);
  if (args.mode === 'die-after-accept' && row.invoiceNumber === args.killOn) await die();
  return result;
});
transport.close();
ledger.close();
process.stdout.write('done\n');
