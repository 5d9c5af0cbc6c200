import { Menu, Tray, nativeImage } from 'electron';
import { join } from 'node:path';
import type { Language, TrayState } from '../../shared/ipc/schemas/common';
import { shellLabels, trayTooltip } from './labels';

export interface TrayActions {
  open(): void;
  syncNow(): void;
  pause(): void;
  resume(): void;
  quit(): void;
}

export interface TrayController {
  update(status: { state?: TrayState; paused?: boolean; language?: Language; automaticPosting?: boolean }): void;
  dispose(): void;
}

/** tray-ok.png (16 px) with tray-ok@2x.png beside it; Electron picks the @2x on HiDPI. */
export function trayIconPath(iconDir: string, state: TrayState): string {
  return join(iconDir, `tray-${state}.png`);
}

export function createTray(options: { iconDir: string; language: Language; actions: TrayActions }): TrayController {
  let state: TrayState = 'ok';
  let paused = false;
  let automaticPosting = false;
  let language = options.language;
  const tray = new Tray(nativeImage.createFromPath(trayIconPath(options.iconDir, state)));
  const { actions } = options;

  const render = () => {
    const l = shellLabels(language);
    tray.setImage(nativeImage.createFromPath(trayIconPath(options.iconDir, state)));
    tray.setToolTip(trayTooltip(language, state, paused));
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { id: 'open', label: l.open, click: () => actions.open() },
        { type: 'separator' },
        { id: 'syncNow', label: l.syncNow, enabled: !paused && state !== 'setup', click: () => actions.syncNow() },
        paused
          ? { id: 'resume', label: l.resume, click: () => actions.resume() }
          : { id: 'pause', label: l.pause, click: () => actions.pause() },
        { type: 'separator' },
        // Automatic posting is switched on or off in the window, which asks who and shows what waits.
        { id: 'automaticPosting', label: automaticPosting ? l.automaticPosting.on : l.automaticPosting.off, click: () => actions.open() },
        { type: 'separator' },
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
      render();
    },
    dispose() {
      tray.destroy();
    },
  };
}
