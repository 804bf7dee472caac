/**
 * A module loaded with `import()` once `enabled`, for hooks whose queries the
 * first screen does not need: their code (and what it pulls in: calendars, 8D
 * schemas) stays out of the script every start parses. undefined until loaded.
 */
import { useEffect, useState } from 'react';

export function useDeferredModule<M>(load: () => Promise<M>, enabled = true): M | undefined {
  const [mod, setMod] = useState<M | undefined>(undefined);
  useEffect(() => {
    if (!enabled || mod) return;
    let live = true;
    void load().then((m) => {
      if (live) setMod(() => m);
    });
    return () => {
      live = false;
    };
    // `load` is a fresh arrow each render; the module it names never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, mod]);
  return mod;
}
