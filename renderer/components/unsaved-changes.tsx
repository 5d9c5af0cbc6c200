import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * One mechanism for "you have edits that are not saved" across the app: a form
 * registers while it differs from what is stored (with a way to save itself, when it
 * has one), and everything that leaves a screen — the sidebar, the wizard's stepper
 * and its Back/Next, closing the window — asks first through `confirmLeave`.
 */
export interface UnsavedEdit {
  /** What is unsaved, as the user knows it: "Mail", "Faktura og mail". */
  label: string;
  /** Saves the edits; resolves false when they could not be saved (the form shows why). */
  save?: () => Promise<boolean>;
}

interface Guard {
  register(id: string, edit: UnsavedEdit): void;
  unregister(id: string): void;
  /** Resolves true when the user may leave: nothing unsaved, or they saved or discarded it. */
  confirmLeave(options?: { except?: string }): Promise<boolean>;
}

const GuardContext = createContext<Guard | null>(null);

interface Pending {
  edits: Array<[string, UnsavedEdit]>;
  resolve: (leave: boolean) => void;
}

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const edits = useRef(new Map<string, UnsavedEdit>());
  const [pending, setPending] = useState<Pending | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    // Closing or reloading the window with unsaved edits: the browser's own question.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (edits.current.size === 0) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const guard = useMemo<Guard>(
    () => ({
      register: (id, edit) => void edits.current.set(id, edit),
      unregister: (id) => void edits.current.delete(id),
      confirmLeave: (options = {}) => {
        const open = [...edits.current.entries()].filter(([id]) => id !== options.except);
        if (open.length === 0) return Promise.resolve(true);
        return new Promise<boolean>((resolve) => setPending({ edits: open, resolve }));
      },
    }),
    [],
  );

  const close = (leave: boolean) => {
    pending?.resolve(leave);
    setPending(null);
  };
  const saveAll = async () => {
    if (!pending) return;
    setSaving(true);
    try {
      for (const [id, edit] of pending.edits) {
        if (!(await edit.save!())) return close(false);
        edits.current.delete(id);
      }
      close(true);
    } finally {
      setSaving(false);
    }
  };
  const discard = () => {
    for (const [id] of pending?.edits ?? []) edits.current.delete(id);
    close(true);
  };
  const canSave = pending?.edits.every(([, e]) => e.save !== undefined) ?? false;

  return (
    <GuardContext.Provider value={guard}>
      {children}
      {pending && (
        <div className="dialog-backdrop">
          <div
            className="dialog"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="unsaved-title"
            aria-describedby="unsaved-body"
            onKeyDown={(e) => {
              if (e.key === 'Escape' && !saving) close(false);
            }}
          >
            <h2 id="unsaved-title">{t.unsaved.title}</h2>
            <div id="unsaved-body">
              <p>{t.unsaved.body}</p>
              <ul>{pending.edits.map(([id, e]) => <li key={id}>{e.label}</li>)}</ul>
            </div>
            <div className="toolbar">
              {canSave && <button type="button" className="primary" disabled={saving} onClick={() => void saveAll()}>{t.unsaved.save}</button>}
              <button type="button" disabled={saving} onClick={discard}>{t.unsaved.discard}</button>
              <button type="button" disabled={saving} onClick={() => close(false)} autoFocus>{t.unsaved.stay}</button>
            </div>
          </div>
        </div>
      )}
    </GuardContext.Provider>
  );
}

function useGuard(): Guard {
  const guard = useContext(GuardContext);
  if (!guard) throw new Error('UnsavedChangesProvider is missing');
  return guard;
}

/**
 * Registers this form's edits while `dirty`; returns its id (to leave it out of a
 * `confirmLeave` when the form itself is being saved).
 */
export function useUnsavedChanges(dirty: boolean, edit: UnsavedEdit): string {
  const guard = useGuard();
  const id = useId();
  const latest = useRef(edit);
  latest.current = edit;
  useEffect(() => {
    if (!dirty) return guard.unregister(id);
    guard.register(id, {
      label: edit.label,
      ...(edit.save ? { save: () => latest.current.save!() } : {}),
    });
    return () => guard.unregister(id);
  }, [dirty, guard, id, edit.label, edit.save !== undefined]);
  return id;
}

/** Asks before leaving when anything is unsaved; resolves true when the caller may go on. */
export function useConfirmLeave(): (options?: { except?: string }) => Promise<boolean> {
  const guard = useGuard();
  return useCallback((options) => guard.confirmLeave(options), [guard]);
}
