import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { AppDB } from './app-db';
import { openEarly } from './early-open';

/** The schema's newest version, as declared (an unopened AppDB reports it). */
const DECLARED_VERSION = new AppDB('early-declared-version').verno;

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('the early open of the live database', () => {
  it('knows the declared version (the checks below compare with it)', () => {
    expect(DECLARED_VERSION).toBeGreaterThanOrEqual(6);
  });

  it('opens an existing database and lets go of it: Dexie opens it after, and its data is there', async () => {
    const name = `early-${ulid()}`;
    const before = new AppDB(name);
    await before.settings.put({ key: 'probe', value: 1 });
    before.close();

    expect(await openEarly(indexedDB, name)).toBe('opened');
    const after = new AppDB(name);
    expect((await after.settings.get('probe'))?.value).toBe(1);
    after.close();
  });

  it('creates nothing on a first start: the database stays absent for Dexie to create at its own version', async () => {
    const name = `early-${ulid()}`;
    expect(await openEarly(indexedDB, name)).toBe('absent');
    expect(await databaseNames()).not.toContain(name);

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(DECLARED_VERSION);
    expect(db.tables.map((t) => t.name)).toContain('complaints');
    db.close();
  });

  it('never blocks an upgrade: the connection is closed before Dexie asks for a newer version', async () => {
    const name = `early-${ulid()}`;
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => r.result.createObjectStore('settings', { keyPath: 'key' });
      r.onsuccess = () => {
        r.result.close();
        resolve();
      };
      r.onerror = () => reject(r.error);
    });
    const early = openEarly(indexedDB, name);
    const db = new AppDB(name);
    await db.open();
    expect(await early).toBe('opened');
    expect(db.verno).toBe(DECLARED_VERSION);
    db.close();
  });

  it('reports a factory that throws instead of throwing', async () => {
    const broken = { open: () => { throw new Error('denied'); } } as unknown as IDBFactory;
    expect(await openEarly(broken, 'x')).toBe('failed');
  });
});
