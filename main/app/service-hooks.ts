import type { AppService, Response } from '../../shared/ipc/contract';

export interface ShellHooks {
  /** Settings changed through the UI: the shell re-applies login item, language and notifications. */
  onSettingsChanged(settings: Response<'settings.get'>): void;
  /** The engine produced an e-conomic URL; the shell opens it in the system browser. */
  onOpenUrl(url: string): Promise<void>;
  /** The engine produced the order's address in the profile's own shop admin; the shell opens it in the system browser. */
  onOpenShopUrl(url: string): Promise<void>;
  /** A support bundle was written; the shell shows it in its folder (true when it could). */
  onShowInFolder(path: string): boolean;
}

/**
 * The shell's view of the service: the same contract, plus the side effects
 * only the Electron main process can perform after certain calls succeed.
 */
export function withShellHooks(service: AppService, hooks: ShellHooks): AppService {
  return {
    ...service,
    'settings.update': async (req) => {
      const settings = await service['settings.update'](req);
      hooks.onSettingsChanged(settings);
      return settings;
    },
    'support.createBundle': async (req) => {
      const bundle = await service['support.createBundle'](req);
      return { ...bundle, shownInFolder: hooks.onShowInFolder(bundle.path) };
    },
    'orders.openInEconomic': async (req) => {
      const result = await service['orders.openInEconomic'](req);
      await hooks.onOpenUrl(result.url);
      return result;
    },
    'orders.openInShop': async (req) => {
      const result = await service['orders.openInShop'](req);
      await hooks.onOpenShopUrl(result.url);
      return result;
    },
  };
}
