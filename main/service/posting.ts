import type { Request, Response } from '../../shared/ipc/contract';
import { DEFAULT_POSTING, postingSettingsOf } from '../../shared/ipc/wizard-profile';
import { profileSchema } from '../../shared/profile/schema';
import type { ServiceContext } from './context';
import { translated } from './errors';
import { settingsRuntime } from './settings-shop';
import type { WizardArea } from './wizard';

/**
 * Per order or per day, and how a day is booked (invoice or journal voucher), for the wizard's
 * "Order status" step and Settings: on the profile once it exists, in the wizard's answers before.
 * Settings names the shop it shows (settings-shop.ts). The engine reads the profile, so a change in
 * Settings applies from the next sync.
 */
export class PostingArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly wizard: WizardArea,
  ) {}

  async get(req: Request<'posting.get'>): Promise<Response<'posting.get'>> {
    const runtime = settingsRuntime(this.ctx, this.wizard, req.profile);
    if (runtime) return postingSettingsOf(runtime.profile);
    return this.wizard.current().answers.posting ?? DEFAULT_POSTING;
  }

  async save(req: Request<'posting.save'>): Promise<Response<'posting.save'>> {
    return translated(this.ctx.language(), async () => {
      const { profile: shop, ...posting } = req;
      const runtime = settingsRuntime(this.ctx, this.wizard, shop);
      if (runtime) {
        // A journal not sent is kept: it is asked for only while days go to a journal.
        runtime.saveProfile(profileSchema.parse({ ...runtime.profile, ...posting }));
      }
      // The shop's wizard shows the same answer when it is opened again; its "Order status" step stays as it was.
      const answers = this.wizard.answersOf(shop);
      if (answers) {
        const kept = posting.dayJournalNumber ?? answers.posting?.dayJournalNumber;
        this.wizard.keepAnswers({ posting: { ...posting, ...(kept !== undefined ? { dayJournalNumber: kept } : {}) } }, shop);
      }
      return this.get({ profile: shop });
    });
  }
}
