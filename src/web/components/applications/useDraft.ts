import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchApplication, isConflict, saveForm, type Application } from '../../api/applications.js';

export type SaveState = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: unknown };

/** Quiet time after the last keystroke before the draft is saved. */
const AUTOSAVE_DELAY_MS = 800;

export interface Draft {
  app: Application | null;
  error: unknown;
  formData: Record<string, unknown>;
  /** Bumps when the form must be re-rendered from the server's data (after a 409). */
  formKey: number;
  save: SaveState;
  edit(formData: Record<string, unknown>): void;
  /** Saves what is pending now and waits for it. */
  flush(): Promise<void>;
  /** Runs a change after every earlier one (same version order), taking its answer as the application. */
  run(change: () => Promise<Application>): Promise<Application | null>;
  /** The version of the last answer: what the next command must expect. */
  version(): number;
  reload(): Promise<void>;
}

/**
 * One application being edited: autosave (debounced PUT with the version last seen), uploads and
 * removals, all through one queue so no two requests race for the version. A 409 means another tab
 * or the window changed it: the page reloads the server's copy and says so.
 */
export function useDraft(id: number): Draft {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [app, setApp] = useState<Application | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const [formKey, setFormKey] = useState(0);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const versionRef = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef<Record<string, unknown> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const take = useCallback((next: Application) => {
    versionRef.current = next.version;
    setApp(next);
  }, []);

  const reload = useCallback(async () => {
    try {
      const loaded = await fetchApplication(id);
      take(loaded);
      setFormData(loaded.formData ?? {});
      setFormKey((k) => k + 1);
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  }, [id, take]);

  useEffect(() => {
    setApp(null);
    void reload();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [reload]);

  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const conflict = useCallback(async () => {
    pending.current = null;
    void message.warning(t('applications.editor.conflict'));
    await reload();
  }, [message, reload, t]);

  const saveNow = useCallback(
    () =>
      enqueue(async () => {
        const data = pending.current;
        if (!data) return;
        pending.current = null;
        setSave({ kind: 'saving' });
        try {
          take(await saveForm(id, data, versionRef.current));
          // 已自动保存 only once nothing newer waits: the indicator never claims more than is stored.
          setSave(pending.current ? { kind: 'dirty' } : { kind: 'saved', at: new Date() });
        } catch (failure) {
          if (isConflict(failure)) {
            setSave({ kind: 'idle' });
            await conflict();
          } else {
            // Keep the data: the next edit or 提交 tries again.
            pending.current ??= data;
            setSave({ kind: 'failed', error: failure });
          }
        }
      }),
    [conflict, enqueue, id, take],
  );

  const edit = useCallback(
    (data: Record<string, unknown>) => {
      setFormData(data);
      pending.current = data;
      setSave({ kind: 'dirty' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    },
    [saveNow],
  );

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    await saveNow();
  }, [saveNow]);

  const run = useCallback(
    (change: () => Promise<Application>) =>
      enqueue(async () => {
        try {
          const next = await change();
          take(next);
          return next;
        } catch (failure) {
          if (isConflict(failure)) {
            await conflict();
            return null;
          }
          throw failure;
        }
      }),
    [conflict, enqueue, take],
  );

  return { app, error, formData, formKey, save, edit, flush, run, version: () => versionRef.current, reload };
}
