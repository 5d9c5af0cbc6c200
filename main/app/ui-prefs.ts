import Store from 'electron-store';
import type { Rectangle } from 'electron';

interface UiPrefsShape {
  windowBounds?: Rectangle;
}

/** Window placement only; settings and profiles belong to the engine's config.json. */
export interface UiPrefs {
  windowBounds(): Rectangle | undefined;
  saveWindowBounds(bounds: Rectangle): void;
}

export function openUiPrefs(userDataDir: string): UiPrefs {
  // Private like everything LedgerBridge keeps in the data dir (main/ledger/private-files.ts).
  const store = new Store<UiPrefsShape>({ cwd: userDataDir, name: 'ui-prefs', configFileMode: 0o600 });
  return {
    windowBounds: () => store.get('windowBounds'),
    saveWindowBounds: (bounds) => store.set('windowBounds', bounds),
  };
}
