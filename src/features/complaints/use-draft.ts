/**
 * Nothing typed is lost: every change of the form is written synchronously to
 * localStorage (it survives a reload or a closed window), and restored when the
 * form opens again. Saving the complaint clears the draft.
 */
import { useCallback, useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

const PREFIX = 'complaint-desk.draft.';

export function readDraft<T>(key: string): T | null {
  const raw = localStorage.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function useDraft<T extends FieldValues>(key: string, form: UseFormReturn<T>, enabled: boolean) {
  const [restored, setRestored] = useState(false);
  const { watch, reset } = form;

  useEffect(() => {
    if (!enabled) return;
    const draft = readDraft<T>(key);
    if (draft) {
      reset(draft, { keepDefaultValues: true });
      setRestored(true);
    }
  }, [key, enabled, reset]);

  useEffect(() => {
    if (!enabled) return;
    const sub = watch((values) => {
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(values));
      } catch {
        // Storage full: the form still works; the draft just is not kept.
      }
    });
    return () => sub.unsubscribe();
  }, [key, enabled, watch]);

  const clear = useCallback(() => {
    localStorage.removeItem(PREFIX + key);
    setRestored(false);
  }, [key]);

  return { restored, clear };
}
