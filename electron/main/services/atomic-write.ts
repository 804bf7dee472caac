// One way to write a file that must never be seen half-written (backups, their
// attachments, sync bundles a replicating peer may pick up at any moment).
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import nodePath from 'node:path';

/**
 * Writes through a temporary file beside `target`: write, fsync, rename. A crash
 * or a full disk midway leaves no half file under the final name. 'wx' fails
 * rather than write through a link someone planted under the temporary name.
 */
export async function writeFileAtomically(target: string, data: Uint8Array): Promise<void> {
  const temp = nodePath.join(nodePath.dirname(target), `.${nodePath.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    await rename(temp, target);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw e;
  }
}
