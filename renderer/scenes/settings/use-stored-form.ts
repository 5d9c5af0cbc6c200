import { useEffect, useState } from 'react';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { useAction } from '../../hooks/use-async';

/**
 * A Settings section's form over a value the service stores: the owner's edit beside what is
 * stored (unsaved while they differ, so leaving asks first), saved only when complete, and what
 * the service stored taken back as both. `loaded` is the stored value once it has been read.
 */
export function useStoredForm<T>({ loaded, store, complete, label, onSaved }: {
  loaded: T | undefined;
  store: (value: T) => Promise<T>;
  complete: (value: T) => boolean;
  /** The section's name in the "unsaved changes" question. */
  label: string;
  onSaved?: (value: T) => void;
}) {
  const [value, setValue] = useState<T>();
  const [stored, setStored] = useState<T>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (loaded === undefined) return;
    setValue(loaded);
    setStored(loaded);
  }, [loaded]);
  const save = useAction(async () => {
    if (value === undefined || !complete(value)) return false;
    const next = await store(value);
    setValue(next);
    setStored(next);
    setSaved(true);
    onSaved?.(next);
    return true;
  });
  const dirty = value !== undefined && JSON.stringify(value) !== JSON.stringify(stored);
  useUnsavedChanges(dirty, { label, save: async () => (await save.run()) === true });
  /** The owner's change: the "saved" note goes until the next save. */
  const edit = (next: T) => {
    setSaved(false);
    setValue(next);
  };
  return { value, edit, saved, save };
}
