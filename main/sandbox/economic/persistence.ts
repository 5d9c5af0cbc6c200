import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { StoredState } from './records';

/** Loads the saved agreement data, or undefined when the file does not exist yet. */
export function loadState(file: string): StoredState | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoredState;
  } catch (err) {
    throw new Error(`The e-conomic sandbox state file ${file} is not valid JSON (${(err as Error).message}); delete it to start empty.`);
  }
}

/** Writes atomically (temp file + rename) so a crash never leaves half a file. */
export function saveState(file: string, state: StoredState): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}
