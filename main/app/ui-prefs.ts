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
  const store = new Store<UiPrefsShape>({ cwd: userDataDir, name: 'ui-prefs' });
  return {
    windowBounds: () => store.get('windowBounds'),
    saveWindowBounds: (bounds) => store.set('windowBounds', bounds),
  };
}
