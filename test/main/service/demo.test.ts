import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../../main/demo/demo-service';

/** The demo behind `npm run dev:renderer -- --demo` and `npm run screenshots`. */
describe('desktop service: demo mode', () => {
  let demo: DemoService;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lb-demo-service-'));
    demo = await startDemoService({ dataDir, orders: 8, autoSync: false, onEvent: () => undefined });
  });
  afterAll(async () => {
    await demo?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens on the overview with the demo profile, on the Standard plan of the demo licence', async () => {
    expect((await demo.service['wizard.get']({})).finished).toBe(true);
    expect(await demo.service['app.info']({})).toMatchObject({ demo: true, profileName: 'demo', dataDir });
    const summary = await demo.service['sync.now']({});
    expect(summary.fetched).toBe(8);
    const d = await demo.service['dashboard.get']({});
    expect(d.plan).toBe('standard');
    expect(d.gates.find((g) => g.id === 'plan')?.met).toBe(true);
    expect(demo.sandboxes.economic.state().drafts.length).toBe(summary.drafted);
  });

  it('signs the invoice mail with the demo shop’s own name', async () => {
    const { template } = await demo.service['mail.getTemplate']({ language: 'da' });
    const preview = await demo.service['mail.preview']({ language: 'da', template: { ...template, subject: '{{shopName}}' } });
    expect(preview.subject).toBe('Nordisk Hjem (sandbox)');
  });
});
