/**
 * Loads the logged-in app's chunk (Shell.tsx) once. The login screen asks for
 * it as soon as it is drawn (`prefetchShell`): the chunk then loads while the
 * user types and while the password is checked, and the first rows follow the
 * login without waiting for it (#18).
 */
import { lazy, useEffect, useState } from 'react';
import type * as ShellModule from './Shell';

let loading: Promise<typeof ShellModule> | null = null;
let loaded: typeof ShellModule | null = null;
const onLoaded = new Set<(m: typeof ShellModule) => void>();

export function loadShell(): Promise<typeof ShellModule> {
  loading ??= import('./Shell').then(
    (m) => {
      loaded = m;
      for (const f of onLoaded) f(m);
      return m;
    },
    (e: unknown) => {
      // A failed load is tried again by the next caller (the lazy component shows the error otherwise).
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The shell module once someone has loaded it (this hook never starts the load). */
export function useLoadedShell(): typeof ShellModule | null {
  const [m, setM] = useState(loaded);
  useEffect(() => {
    if (m) return;
    if (loaded) setM(loaded);
    onLoaded.add(setM);
    return () => void onLoaded.delete(setM);
  }, [m]);
  return m;
}

/** After the next frame is painted (so the login appears first), or shortly anyway where frames do not run. */
export function prefetchShell(): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void loadShell().catch(() => undefined);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 100);
}

export const LazyShell = lazy(() => loadShell().then((m) => ({ default: m.Shell })));
