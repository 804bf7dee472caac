/**
 * The closure of a case is signed: the person closing it signs, with their own
 * key, that this case (its id and number) is closed, with their note, at an
 * instant. Kept on the complaint under `closures`, keyed by id, never edited.
 */
import { z } from 'zod';
import { canonicalJson } from '../common/canonical-json';
import { sha256Hex } from '../common/sha256';
import type { SignedStatement } from './statements';

export const closureSchema = z.object({
  signerId: z.string().min(1).max(64),
  signerName: z.string().min(1).max(100),
  role: z.string().min(1).max(40),
  at: z.iso.datetime({ offset: true }),
  timeZone: z.string().min(1).max(64),
  note: z.string().max(2000),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  sig: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(200),
});
export type Closure = z.infer<typeof closureSchema>;

/** What a closure binds: the case (id and number) being closed. */
export function closureContentHash(c: { id: string; number: string }): string {
  return sha256Hex(canonicalJson({ kind: 'closure', id: c.id, number: c.number }));
}

export function closureStatement(complaintId: string, c: Pick<Closure, 'signerId' | 'keyId' | 'role' | 'at' | 'timeZone' | 'note' | 'contentHash'>): SignedStatement {
  return {
    personId: c.signerId, keyId: c.keyId, role: c.role, meaning: 'case.close', note: c.note, at: c.at, timeZone: c.timeZone,
    subject: { table: 'complaints', rowId: complaintId, slot: 'closure' }, contentHash: c.contentHash,
  };
}
