import type { Response } from '../../../shared/ipc/contract';
import type { SettingsShop } from '../../../shared/ipc/schemas/common';

export type { SettingsShop };

/**
 * The shop Settings show, as their requests name it (`profile`): the one chosen in the shop
 * switcher. Empty before the first shop is saved: the service then answers with the wizard's
 * answers, which Settings edits beside the wizard during the first setup.
 */
export function shownShop(shops: Response<'shops.list'>): SettingsShop {
  return shops.active !== null && shops.shops.some((s) => s.name === shops.active) ? { profile: shops.active } : {};
}
