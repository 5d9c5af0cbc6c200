import type { Request, Response } from '../../shared/ipc/contract';
import { SECRET_NAMES, type SecretName } from '../../shared/profile/schema';
import { SHOP_WORDS } from '../../shared/i18n/shop-words';
import { removeProfile } from '../runtime/remove-profile';
import type { ServiceContext } from './context';
import { problemError } from './errors';
import type { SyncLoop } from './sync-loop';
import type { WizardArea } from './wizard';

const ALL_SECRETS = Object.values(SECRET_NAMES).flat() as SecretName[];

/**
 * The shops of the installation (the profiles of the data dir): which one the screens show,
 * adding one through the setup wizard, and removing one. The overview and the tray show every
 * shop whatever is chosen here; every other screen shows the active one.
 */
export class ShopsArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly loop: SyncLoop,
    private readonly wizard: WizardArea,
  ) {}

  async list(): Promise<Response<'shops.list'>> {
    const config = this.ctx.config.load();
    return {
      shops: Object.values(config.profiles).map((p) => ({ name: p.name, platform: p.shop.platform, shopUrl: p.shop.url })),
      active: this.ctx.runtime?.profile.name ?? config.activeProfile,
      adding: this.wizard.addingShop(),
    };
  }

  async switchTo(req: Request<'shops.switch'>): Promise<Response<'shops.switch'>> {
    this.known(req.name);
    // A shop that could not be opened has no screens to show: the owner is told why instead (its row on the overview says it too).
    const unopened = this.ctx.unopened.find((u) => u.profile === req.name);
    if (unopened) throw problemError(unopened.failure.problem[this.ctx.language()], this.ctx.language());
    this.ctx.selectProfile(req.name);
    this.loop.publishStatus();
    return this.list();
  }

  async add(): Promise<Response<'shops.add'>> {
    return this.wizard.startNewShop();
  }

  async cancelAdd(): Promise<Response<'shops.cancelAdd'>> {
    await this.wizard.cancelNewShop();
    return this.list();
  }

  /**
   * Removes a shop after the owner confirmed it: syncing stops for a moment, its ledger is backed
   * up and moved aside (runtime/remove-profile.ts), its keys leave the keychain, and the other
   * shops run on. The last shop cannot be removed.
   */
  async remove(req: Request<'shops.remove'>): Promise<Response<'shops.remove'>> {
    this.known(req.name);
    const lang = this.ctx.language();
    if (this.ctx.runtimes.length < 2) throw problemError({ code: 'LB-2046', params: { detail: SHOP_WORDS[lang].onlyShop(req.name) } }, lang);
    // The ledgers close (and the data dir's lock is let go) only once the cycles running now have finished their writes.
    this.loop.detach();
    await this.loop.idle();
    this.ctx.closeRuntime();
    let removed;
    try {
      removed = await removeProfile(this.ctx.dataDir, req.name, this.ctx.clock);
    } finally {
      await this.ctx.openRuntime();
      this.loop.publishStatus();
    }
    for (const name of ALL_SECRETS) await this.ctx.secrets.delete(req.name, name);
    return { removed: removed.profile, backup: removed.backup, archivedIn: removed.archivedIn, shops: await this.list() };
  }

  private known(name: string): void {
    const names = this.ctx.config.profileNames();
    if (!names.includes(name)) {
      const lang = this.ctx.language();
      throw problemError({ code: 'LB-2046', params: { detail: SHOP_WORDS[lang].noSuchShop(name, names) } }, lang);
    }
  }
}
