/** Live verdicts for signatures shown on a page: re-checked whenever people (their enrolments) change. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { verifyAll } from '../repositories/signing';
import type { SignatureProof, SignatureVerdict, SignedStatement } from '../../domain/auth/statements';

export interface SignatureItem {
  key: string;
  statement: SignedStatement;
  proof: SignatureProof | undefined;
}

export function useSignatureVerdicts(items: readonly SignatureItem[]): Record<string, SignatureVerdict> | undefined {
  const deps = items.map((i) => `${i.key}:${i.proof?.sig ?? ''}:${i.statement.contentHash}`).join('|');
  return useLiveQuery(async () => {
    await getDb().people.count(); // subscribe to people: an enrolment or a disabling changes verdicts
    const verdicts = await verifyAll(getDb(), items);
    return Object.fromEntries(items.map((i, n) => [i.key, verdicts[n]!]));
  }, [deps]);
}
