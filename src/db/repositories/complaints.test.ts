import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput } from '../test-support/fake-db';
import { countLogSince, readLog } from '../change-log';
import { createComplaint, updateComplaint } from './complaints';
import { verifyAuditChain } from '../../domain/audit/audit-chain';
import { ValidationError } from '../../domain/common/validation-error';

const NOW = new Date('2026-11-20T03:00:00.000Z');

const validInput = () => sampleComplaintInput();

describe('complaints repository', () => {
  it('creates a numbered complaint, stamps every field, logs the change and the audit entry', async () => {
    const { db, station, actor } = await freshDb();
    const c = await createComplaint(db, station, actor, validInput(), NOW);
    expect(c.number).toBe('QA1-2026-0001');
    expect(c.status).toBe('new');
    expect(c._clocks['customer.name']).toMatch(/^\d{15}:\d{6}:/);
    expect(c.searchTokens).toContain('qa1-2026-0001');
    const changes = await readLog(db.changes);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.fields['details.symptom']).toBe('泵体漏油');
    const audit = await db.audit.toArray();
    expect(audit[0]?.action).toBe('create');
    expect(verifyAuditChain(audit).ok).toBe(true);
    const second = await createComplaint(db, station, actor, validInput(), NOW);
    expect(second.number).toBe('QA1-2026-0002');
  });

  it('stamps only the changed field on update and chains the audit', async () => {
    const { db, station, actor } = await freshDb();
    const c = await createComplaint(db, station, actor, validInput(), NOW);
    const edit = validInput();
    edit.customer.phone = '0571-88886666';
    const later = new Date(NOW.getTime() + 60_000);
    const updated = await updateComplaint(db, station, actor, c.id, edit, later);
    expect(updated.customer.phone).toBe('0571-88886666');
    expect(updated._clocks['customer.phone']! > c._clocks['customer.phone']!).toBe(true);
    expect(updated._clocks['customer.name']).toBe(c._clocks['customer.name']);
    const changes = await readLog(db.changes);
    expect(Object.keys(changes[1]?.fields ?? {})).toEqual(['customer.phone', 'updatedAt']);
    const audit = await db.audit.orderBy('seq').toArray();
    expect(audit[1]?.changes.find((x) => x.path === 'customer.phone')).toEqual({ path: 'customer.phone', before: '13812345678', after: '0571-88886666' });
    expect(verifyAuditChain(audit).ok).toBe(true);
  });

  it('refuses invalid input with field codes and writes nothing', async () => {
    const { db, station, actor } = await freshDb();
    const bad = validInput();
    bad.customer.name = '';
    bad.customer.phone = '12345';
    bad.product.shippedQty = 120;
    bad.product.orderQty = 100;
    bad.details.affectedQty = -1;
    const err = await createComplaint(db, station, actor, bad, NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    const codes = Object.fromEntries((err as ValidationError).issues.map((i) => [i.path, i.code]));
    expect(codes).toMatchObject({
      'customer.name': 'validation.required',
      'customer.phone': 'validation.phone',
      'details.affectedQty': 'validation.nonNegative',
    });
    expect(await db.complaints.count()).toBe(0);
    expect(await countLogSince(db.changes, 0)).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses shipped more than ordered unless confirmed, and dates in the future', async () => {
    const { db, station, actor } = await freshDb();
    const over = validInput();
    over.product.shippedQty = 120;
    over.product.shipDate = '2026-12-30';
    const err = (await createComplaint(db, station, actor, over, NOW).catch((e: unknown) => e)) as ValidationError;
    expect(err.issues).toEqual(
      expect.arrayContaining([
        { path: 'product.shippedQty', code: 'validation.shippedOverOrder' },
        { path: 'product.shipDate', code: 'validation.notFuture' },
      ]),
    );
    over.shippedOverOrderConfirmed = true;
    over.product.shipDate = '2026-11-01';
    await expect(createComplaint(db, station, actor, over, NOW)).resolves.toMatchObject({ product: { shippedQty: 120 } });
  });

  it('refuses a reference to an attachment that is not stored', async () => {
    const { db, station, actor } = await freshDb();
    const input = validInput();
    const sha = 'a'.repeat(64);
    input.attachments = { [sha]: { sha256: sha, name: 'x.jpg', type: 'image/jpeg', size: 10, addedAt: NOW.toISOString() } };
    await expect(createComplaint(db, station, actor, input, NOW)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.complaints.count()).toBe(0);
  });
});
