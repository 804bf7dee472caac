/**
 * Who is working at this station right now. The acting person is chosen in the
 * header and kept in localStorage (per station); every write is attributed to
 * them, or to the station itself when nobody is chosen.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { usePeople, useStation } from '../db/hooks/use-db';
import type { Station } from '../db/repositories/station';
import type { Actor } from '../db/repositories/write-record';
import type { Person } from '../db/app-db';

const ACTING_KEY = 'complaint-desk.actingPersonId';

export interface Session {
  station: Station;
  actor: Actor;
  person: Person | undefined;
  people: Person[];
  setActingPerson(id: string | undefined): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const station = useStation();
  const people = usePeople();
  const [actingId, setActingId] = useState<string | undefined>(() => localStorage.getItem(ACTING_KEY) ?? undefined);
  const setActingPerson = useCallback((id: string | undefined) => {
    if (id) localStorage.setItem(ACTING_KEY, id);
    else localStorage.removeItem(ACTING_KEY);
    setActingId(id);
  }, []);
  const value = useMemo<Session | null>(() => {
    if (!station) return null;
    const person = people.find((p) => p.id === actingId);
    const actor: Actor = person ? { id: person.id, name: person.name } : { id: `station:${station.id}`, name: `${station.name} (${station.code})` };
    return { station, actor, person, people, setActingPerson };
  }, [station, people, actingId, setActingPerson]);
  if (!value) return <>{fallback}</>;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
