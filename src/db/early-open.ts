/**
 * The start's early open (#18): Chromium opens a large database slowly (at
 * 100,000 complaints, 0.2–1 s to read its LevelDB files back), and Dexie asks
 * for it only once React has rendered, after the main chunk is parsed and
 * evaluated. This opens the live database as soon as the page starts, in a
 * script of its own that runs before the main chunk (electron.vite.config.ts),
 * and closes the connection again at once: the browser keeps the database's
 * files open for a moment after the last connection closes, so Dexie's open
 * that follows finds them ready.
 *
 * It never creates or upgrades anything: the open asks for no version (so it
 * never blocks Dexie's upgrade), and on a first start, where the database does
 * not exist yet, the creation is aborted, leaving the creation to Dexie.
 */
export type EarlyOpen = 'opened' | 'absent' | 'failed';

export function openEarly(factory: IDBFactory, name: string): Promise<EarlyOpen> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve('failed');
      return;
    }
    let absent = false;
    request.onupgradeneeded = () => {
      // No version asked for: an upgrade here means the database did not exist. Leave it not existing.
      absent = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      request.result.close();
      resolve('opened');
    };
    request.onerror = (e) => {
      e.preventDefault();
      resolve(absent ? 'absent' : 'failed');
    };
    request.onblocked = () => resolve('failed');
  });
}
