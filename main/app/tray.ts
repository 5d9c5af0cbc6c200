import { Menu, Tray, nativeImage } from 'electron';
import { join } from 'node:path';
import type { TrayState } from '../../shared/ipc/schemas/common';
import type { Lang } from '../../shared/i18n/lang';
import { shellLabels, shopsNeedingAttention, trayTooltip } from './labels';

export interface TrayActions {
  open(): void;
  syncNow(): void;
  pause(): void;
  resume(): void;
  /** Restart into the downloaded update (installed between syncs). */
  installUpdate(): void;
  quit(): void;
}

export interface TrayController {
  /** `updateReady`: the version of a downloaded, verified update, shown as "Update ready" in the menu. */
  /** `attentionShops`: with several shops, the ones that need the owner (named in the tooltip and the menu). */
  update(status: { state?: TrayState; paused?: boolean; language?: Lang; automaticPosting?: boolean; updateReady?: string; attentionShops?: string[] }): void;
  dispose(): void;
}

/** tray-ok.png (16 px) with tray-ok@2x.png beside it; Electron picks the @2x on HiDPI. */
export function trayIconPath(iconDir: string, state: TrayState): string {
  return join(iconDir, `tray-${state}.png`);
}

export function createTray(options: { iconDir: string; language: Lang; actions: TrayActions }): TrayController {
  let state: TrayState = 'ok';
  let paused = false;
  let automaticPosting = false;
  let language = options.language;
  let updateReady: string | null = null;
  let attentionShops: string[] = [];
  const tray = new Tray(nativeImage.createFromPath(trayIconPath(options.iconDir, state)));
  const { actions } = options;

  const render = () => {
    const l = shellLabels(language);
    tray.setImage(nativeImage.createFromPath(trayIconPath(options.iconDir, state)));
    tray.setToolTip(trayTooltip(language, state, paused, attentionShops));
    const needing = shopsNeedingAttention(language, attentionShops);
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { id: 'open', label: l.open, click: () => actions.open() },
        // Which shop needs the owner; a click opens the window, whose overview lists every shop.
        ...(needing ? [{ id: 'attentionShops', label: needing, click: () => actions.open() }] : []),
        { type: 'separator' },
        { id: 'syncNow', label: l.syncNow, enabled: !paused && state !== 'setup', click: () => actions.syncNow() },
        paused
          ? { id: 'resume', label: l.resume, click: () => actions.resume() }
          : { id: 'pause', label: l.pause, click: () => actions.pause() },
        { type: 'separator' },
        // Automatic posting is switched on or off in the window, which asks who and shows what waits.
        { id: 'automaticPosting', label: automaticPosting ? l.automaticPosting.on : l.automaticPosting.off, click: () => actions.open() },
        { type: 'separator' },
        ...(updateReady ? [{ id: 'installUpdate', label: l.updateReady.replace('{version}', updateReady), click: () => actions.installUpdate() }, { type: 'separator' as const }] : []),
        { id: 'quit', label: l.quit, click: () => actions.quit() },
      ]),
    );
  };

  // A left click opens the window on Windows and Linux; macOS shows the menu.
  tray.on('click', () => actions.open());
  render();

  return {
    update(next) {
      state = next.state ?? state;
      paused = next.paused ?? paused;
      automaticPosting = next.automaticPosting ?? automaticPosting;
      language = next.language ?? language;
      updateReady = next.updateReady ?? updateReady;
      attentionShops = next.attentionShops ?? attentionShops;
      render();
    },
    dispose() {
      tray.destroy();
    },
  };
}
