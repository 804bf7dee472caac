/** Accounts for repository tests: a root administrator and signing keys for test people (cheap key stretching). */
import type { AppDB } from '../app-db';
import type { Station } from '../repositories/station';
import { createAccount, createFirstAdministrator, setKeyIterationsForTests } from '../repositories/accounts';
import { unlockSigner, type Signer } from '../repositories/signing';
import type { PersonRole } from '../../domain/org/org';

export const TEST_PASSWORD = 'test-pass-1';

export interface TestAccounts {
  admin: Signer & { name: string };
  /** Gives an existing person a login and returns their unlocked signing key. */
  signerFor(personId: string, role: PersonRole): Promise<Signer>;
}

/** Accounts are enrolled as of 2020, before any test's clock, so that signatures at any test time verify. */
const ENROLLED = new Date('2020-01-01T00:00:00Z');

export async function withAccounts(db: AppDB, station: Station): Promise<TestAccounts> {
  setKeyIterationsForTests(1000);
  const { person, signer } = await createFirstAdministrator(db, station, { name: '管理员', login: 'admin', password: TEST_PASSWORD, confirm: TEST_PASSWORD }, ENROLLED);
  const admin = { ...signer, name: person.name };
  return {
    admin,
    async signerFor(personId, role) {
      const p = await db.people.get(personId);
      if (!p?.login) await createAccount(db, station, admin, { personId, login: `u${personId.toLowerCase().replace(/[^a-z0-9]/g, '')}`, role, password: TEST_PASSWORD, confirm: TEST_PASSWORD }, ENROLLED);
      return unlockSigner(db, personId, TEST_PASSWORD);
    },
  };
}

/** Makes `to` trust the same root administrator as `from` (what joining a plant does). */
export async function shareTrust(from: AppDB, to: AppDB): Promise<void> {
  const roots = (await from.settings.get('trustRoots'))?.value ?? [];
  await to.settings.put({ key: 'trustRoots', value: roots });
}
