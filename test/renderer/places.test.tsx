// @vitest-environment jsdom
/**
 * Every place a fix text can name (shared/i18n/places.ts) exists on its screen: the screen,
 * opened at the route a fix's "go there" button takes (inside the order, invoice, day or log entry
 * it is about), shows the control with that role and exactly that accessible name, in
 * Danish and English. A place in the sidebar (the shop switcher) is looked for in the sidebar,
 * in an installation with two shops (removing one is offered only then). A place renamed or
 * removed on a screen turns this red, so a fix never sends the owner to a button that is not there.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PLACE_IDS, PLACES, type PlaceId, type ScreenId } from '../../shared/i18n/places';
import type { Lang } from '../../shared/i18n/lang';
import { routeToPlace } from '../../renderer/navigation';
import { Sidebar } from '../../renderer/components/sidebar';
import { Dashboard } from '../../renderer/scenes/dashboard';
import { Days } from '../../renderer/scenes/days';
import { ErrorLog } from '../../renderer/scenes/error-log';
import { ImportOrders } from '../../renderer/scenes/import';
import { Invoices } from '../../renderer/scenes/invoices';
import { MailTemplate } from '../../renderer/scenes/mail-template';
import { Orders } from '../../renderer/scenes/orders';
import { Settings } from '../../renderer/scenes/settings';
import { SetupWizard } from '../../renderer/scenes/setup-wizard';
import { createMemoryService, type MemoryService } from '../shared/ipc/memory-service';
import { renderScene } from './support/render';

afterEach(cleanup);

/** The screens places live on, as the app frame renders them. */
const SCENES: Partial<Record<ScreenId, (lang: Lang) => ReactElement>> = {
  overview: () => <Dashboard onPostingChanged={() => undefined} />,
  orders: () => <Orders />,
  days: () => <Days />,
  invoices: () => <Invoices />,
  import: () => <ImportOrders />,
  log: () => <ErrorLog />,
  mail: (lang) => <MailTemplate initialLanguage={lang} debounceMs={0} />,
  settings: () => <Settings onSaved={() => undefined} />,
  setup: () => <SetupWizard onFinished={() => undefined} />,
};

/** The sidebar beside every screen, once the setup is finished. */
const SIDEBAR = () => <Sidebar status={{ trayState: 'ok', paused: false, attentionCount: 0, automaticPosting: false, setUp: true }} onPostingChanged={() => undefined} shops={{ version: 0, onChanged: () => undefined }} />;
const TWO_SHOPS = [
  { name: 'butik-dk', platform: 'woocommerce' as const, shopUrl: 'https://nordlys.dk' },
  { name: 'butik-se', platform: 'shopify' as const, shopUrl: 'https://nordlys.se' },
];

/** The order action each order-scoped place is. */
const ORDER_ACTION = { 'orders.retry': 'retry', 'orders.approve': 'approve', 'orders.skip': 'skip', 'orders.resendMail': 'resendMail', 'orders.markMailSent': 'markMailSent' } as const;

/** What the place is about in the fixture: an order that offers the action, a mailed invoice, a booked day, an open log entry. */
async function contextFor(place: PlaceId, memory: MemoryService) {
  const scope = PLACES[place].scope;
  if (scope === 'order') {
    const action = ORDER_ACTION[place as keyof typeof ORDER_ACTION];
    for (const order of memory.orders) {
      if ((await memory.service['orders.get']({ id: order.id })).actions[action]) return { orderId: order.id };
    }
    throw new Error(`no fixture order offers ${action}`);
  }
  if (scope === 'invoice') {
    const mailed = memory.orders.find((o) => o.bookedInvoiceNumber !== null && o.mailStatus !== 'none')!;
    return { invoice: { kind: 'booked' as const, number: mailed.bookedInvoiceNumber! } };
  }
  // The day whose draft was deleted in e-conomic (25 November): only its detail offers the retry.
  if (place === 'days.retry') return { dayId: (await memory.service['days.list']({ offset: 0, limit: 60 })).days.find((d) => d.problem?.code === 'LB-7025')!.id };
  // The fixture's booked day 26 November (DKK): its detail holds the day's buttons.
  if (scope === 'day') return { dayId: (await memory.service['days.list']({ offset: 0, limit: 60 })).days.find((d) => d.invoiceNumber !== null)!.id };
  if (scope === 'logEntry') return { logId: (await memory.service['log.list']({ offset: 0, limit: 1, includeResolved: false })).rows[0].id };
  return {};
}

describe('places a fix can name', () => {
  it('covers every screen that has places', () => {
    expect(PLACE_IDS.filter((id) => !SCENES[PLACES[id].screen])).toEqual([]);
  });

  for (const lang of ['da', 'en'] as const) {
    for (const place of PLACE_IDS) {
      const def = PLACES[place];
      it(`${place}: "${def.name[lang]}" (${def.role}) is on its screen in ${lang === 'da' ? 'Danish' : 'English'}`, async () => {
        // A shop booking its days as journal vouchers: Settings then offers the journal for them.
        const memory = createMemoryService({ orders: 20, wizard: { finished: true, step: 'check' }, shops: TWO_SHOPS, posting: { postingUnit: 'day', dayClosesAfterMinutes: 60, dayBooking: 'journal', dayJournalNumber: 4 }, dayDraftDeleted: true });
        // One booked invoice whose mail failed: "The mail was sent" is offered for it.
        const failed = memory.orders.find((o) => o.bookedInvoiceNumber !== null && o.mailStatus === 'none')!;
        failed.mailStatus = 'failed';
        const route = routeToPlace(place, await contextFor(place, memory));
        renderScene(def.scope === 'sidebar' ? SIDEBAR() : SCENES[def.screen]!(lang), { memory, route, language: lang });
        // The control a "go there" focuses carries the place's id; it has the role and the exact name.
        await waitFor(
          () => {
            const control = document.querySelector(`[data-place="${place}"]`);
            expect(control, `no control with data-place="${place}"`).not.toBeNull();
            // A password field has no ARIA role (not even textbox): it is found by its label's exact name.
            const named = control?.getAttribute('type') === 'password' ? screen.getAllByLabelText(def.name[lang], { exact: true }) : screen.getAllByRole(def.role, { name: def.name[lang] });
            expect(named).toContain(control);
          },
          { timeout: 5000 },
        );
      });
    }
  }
});
