/**
 * Who is working at this station right now: the person who logged in, never a
 * choice from a list. The gate in src/app provides the session after login;
 * every write is attributed to this person and every repository checks their
 * role again. `can` is what the UI asks before it offers an action.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { usePeople, usePlantConfig } from '../db/hooks/use-db';
import type { Station } from '../db/repositories/station';
import type { Actor } from '../db/repositories/write-record';
import type { Signer } from '../db/repositories/signing';
import type { Person } from '../db/app-db';
import { effectiveMatrix, isAllowed, type Action } from '../domain/auth/permissions';

export interface Session {
  station: Station;
  actor: Actor;
  /** The logged-in person, as the people table has them now. */
  person: Person;
  people: Person[];
  /** The key unlocked at login: used for enrolments an administrator signs. Signatures re-ask the password. */
  signer: Signer;
  can(action: Action): boolean;
  lock(): void;
  logOut(): void;
}

const SessionContext = createContext<Session | null>(null);

export interface SessionProviderProps {
  station: Station;
  person: Person;
  signer: Signer;
  lock(): void;
  logOut(): void;
  children: ReactNode;
}

export function SessionProvider({ station, person: loggedIn, signer, lock, logOut, children }: SessionProviderProps) {
  const people = usePeople();
  const config = usePlantConfig();
  const value = useMemo<Session>(() => {
    const person = people.find((p) => p.id === loggedIn.id) ?? loggedIn;
    const matrix = effectiveMatrix(config?.permissions);
    const can = (action: Action) => person.active && isAllowed(matrix, person.role, action);
    return { station, actor: { id: person.id, name: person.name }, person, people, signer, can, lock, logOut };
  }, [station, people, loggedIn, config, signer, lock, logOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** Shows its children only to people whose role allows the action. */
export function Allowed({ action, children, otherwise = null }: { action: Action; children: ReactNode; otherwise?: ReactNode }) {
  return <>{useSession().can(action) ? children : otherwise}</>;
}
