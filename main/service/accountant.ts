import type { Request, Response } from '../../shared/ipc/contract';
import { profileSchema } from '../../shared/profile/schema';
import type { ServiceContext } from './context';
import { translated } from './errors';

/**
 * The accountant's address in Settings (profile field `accountantEmail`): each day booked while
 * it is set has its order list mailed there (main/engine/days/accountant-mail.ts).
 */
export class AccountantArea {
  constructor(private readonly ctx: ServiceContext) {}

  async get(): Promise<Response<'accountant.get'>> {
    const profile = this.ctx.runtime?.profile ?? this.ctx.config.getProfile();
    return { postingUnit: profile?.postingUnit ?? 'order', accountantEmail: profile?.accountantEmail ?? '' };
  }

  /** Saves the address; '' removes it, so nothing is mailed from the next booked day on. */
  async save(req: Request<'accountant.save'>): Promise<Response<'accountant.save'>> {
    return translated(this.ctx.language(), async () => {
      const runtime = this.ctx.requireRuntime();
      const { accountantEmail: _old, ...rest } = runtime.profile;
      runtime.saveProfile(profileSchema.parse(req.accountantEmail ? { ...rest, accountantEmail: req.accountantEmail } : rest));
      return this.get();
    });
  }
}
