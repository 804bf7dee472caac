/**
 * Figures for `npm run bench`: how long a login's password check takes (the
 * full PBKDF2 count, on purpose between 150 and 600 ms) and how long verifying
 * 1,000 signatures takes. Runs in the browser on the app's own database.
 */
import type { AppDB } from '../app-db';
import { accountsExist, createFirstAdministrator, logIn } from '../repositories/accounts';
import { ensureStation } from '../repositories/station';
import { seedDepartments } from '../repositories/org';
import { believedEnrolmentsIn, signAs, type Signer } from '../repositories/signing';
import { verifyStatement, type SignatureProof, type SignedStatement } from '../../domain/auth/statements';

export const BENCH_LOGIN = 'bench';
export const BENCH_PASSWORD = 'bench-pass-1';

/** The bench's administrator, created once per database: the login the start-up figure types. */
export async function ensureBenchLogin(db: AppDB): Promise<void> {
  const station = await ensureStation(db);
  await seedDepartments(db, station, { id: `station:${station.id}`, name: 'bench' });
  if (!(await accountsExist(db))) await createFirstAdministrator(db, station, { name: '基准管理员', login: BENCH_LOGIN, password: BENCH_PASSWORD, confirm: BENCH_PASSWORD });
}

export async function measureAuth(db: AppDB): Promise<Record<string, number>> {
  await ensureBenchLogin(db);
  const station = await ensureStation(db);
  const logins: number[] = [];
  let signer: Signer | undefined;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    signer = (await logIn(db, station, BENCH_LOGIN, BENCH_PASSWORD)).signer;
    logins.push(performance.now() - t0);
  }
  if (!signer) throw new Error('bench: no login');
  logins.sort((a, b) => a - b);
  const items: { statement: SignedStatement; proof: SignatureProof }[] = [];
  for (let i = 0; i < 1000; i++) {
    items.push(await signAs(db, signer, {
      meaning: 'approved', at: new Date(Date.now() + i).toISOString(), timeZone: station.timeZone,
      subject: { table: 'returns', rowId: `R${i}`, slot: 'generalManager' }, contentHash: i.toString(16).padStart(64, '0'),
    }));
  }
  const believed = await believedEnrolmentsIn(db);
  const t0 = performance.now();
  const verdicts = await Promise.all(items.map((x) => verifyStatement(x.statement, x.proof, believed)));
  const verifyMs = performance.now() - t0;
  if (verdicts.some((v) => v.state !== 'valid')) throw new Error('bench: a signature did not verify');
  return { 'auth.login_ms': logins[1] ?? Number.NaN, 'auth.verify_1k_ms': verifyMs };
}
