/**
 * The import worker: decoding, validation, merging and the write transaction of
 * a bundle run here, off the page's thread, so a 50,000-change import leaves the
 * page free to paint its progress bar (issue #14). IndexedDB is the same origin's
 * database the page uses; Dexie tells the page's live queries what changed.
 * One import session per worker; the page starts a worker per import.
 */
import { AppDB } from '../db/app-db';
import { ImportSession } from './import-session';
import { serializeError, type FromWorker, type ToWorker } from './import-protocol';

// The worker's global, typed by hand: the webworker lib cannot join the DOM lib in one program.
const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
let db: AppDB | null = null;
let session: ImportSession | null = null;
const running = new Map<number, AbortController>();

const post = (message: FromWorker) => scope.postMessage(message);

async function run(id: number, work: (signal: AbortSignal) => Promise<FromWorker & { kind: 'done' }>): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  try {
    post(await work(controller.signal));
  } catch (e) {
    post({ kind: 'error', id, error: serializeError(e) });
  } finally {
    running.delete(id);
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  const progress = (p: FromWorker & { kind: 'progress' }) => post(p);
  switch (msg.kind) {
    case 'cancel':
      running.get(msg.id)?.abort();
      return;
    case 'open':
      if (db?.name !== msg.dbName) {
        db?.close();
        db = new AppDB(msg.dbName);
      }
      // The page applies the audit chain check itself after the import: its banner listens there.
      session = new ImportSession(db, false);
      void run(msg.id, async (signal) => ({ kind: 'done', id: msg.id, preview: await session!.open(msg.request, (p) => progress({ kind: 'progress', id: msg.id, progress: p }), signal) }));
      return;
    case 'apply':
      void run(msg.id, async (signal) => {
        if (!session) throw new Error('import worker: apply before open');
        return { kind: 'done', id: msg.id, preview: await session.apply(msg.request, (p) => progress({ kind: 'progress', id: msg.id, progress: p }), signal) };
      });
      return;
  }
};
