import { app } from 'electron';

/**
 * Two copies of the app must never sync the same data folder. The second start
 * quits at once and the first one brings its window forward instead.
 */
export function acquireSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => onSecondInstance());
  return true;
}
