import { describe, expect, it } from 'vitest';
import { disciplineComplete, progress, progressFlags } from './completeness';
import { fitInto, sniffImage } from './image';
import { listOf, mapOf } from './keyed';
import { newEightD, withDiscipline, withoutAction } from './report';
import { sampleEightD } from './sample';
import { DISCIPLINES, emptyAction } from './schema';
import { contentHash, currentSignatures, isoWithOffset, signatureState } from './signature';
import { ValidationError } from '../common/validation-error';

const AT = '2026-11-25T08:00:00.000Z';
const codes = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => i.code);
    throw e;
  }
  return [];
};

describe('completeness', () => {
  it('marks every discipline of the filled sample complete and none of an empty report', () => {
    const full = sampleEightD('C1');
    expect(progress(full).done).toEqual([...DISCIPLINES]);
    expect(progress(newEightD('C1', AT, 'x')).done).toEqual([]);
    expect(progressFlags(full)).toEqual({ d4Done: true, d5Done: true });
  });

  it('needs a verified escape cause for D4, not only the occurrence', () => {
    const r = sampleEightD('C1');
    const esc = listOf(r.d4.causes).find((c) => c.kind === 'escape')!;
    r.d4.causes[esc.id] = { ...esc, status: 'hypothesis' };
    expect(disciplineComplete(r, 'd4')).toBe(false);
  });

  it('needs owner and date for every discipline', () => {
    const r = sampleEightD('C1');
    r.d8 = { ...r.d8, owner: '' };
    expect(disciplineComplete(r, 'd8')).toBe(false);
  });
});

describe('rules', () => {
  it('refuses a D5 action without a verified D4 cause', () => {
    const r = newEightD('C1', AT, 'x');
    const a = { ...emptyAction('01ACTION000000000000000001', 'd5', 0), title: '改善' };
    expect(codes(() => withDiscipline(r, 'd5', r.d5, [a], AT, 'x'))).toEqual(['eightd.err.d5NeedsVerifiedCause']);
    const full = sampleEightD('C1');
    const hyp = listOf(full.d4.causes)[0]!;
    full.d4.causes[hyp.id] = { ...hyp, status: 'hypothesis' };
    expect(codes(() => withDiscipline(full, 'd5', full.d5, [{ ...a, causeId: hyp.id }], AT, 'x'))).toEqual(['eightd.err.d5NeedsVerifiedCause']);
  });

  it('refuses to un-verify a cause that D5 actions remove', () => {
    const full = sampleEightD('C1');
    const d4 = structuredClone(full.d4);
    for (const c of Object.values(d4.causes)) if (c) c.status = 'hypothesis';
    expect(codes(() => withDiscipline(full, 'd4', d4, undefined, AT, 'x'))).toEqual(['eightd.err.causeHasActions']);
  });

  it('reports field codes for bad discipline data', () => {
    const r = newEightD('C1', AT, 'x');
    expect(codes(() => withDiscipline(r, 'd0', { ...r.d0, date: '25/11/2026' }, undefined, AT, 'x'))).toEqual(['validation.date']);
  });

  it('tombstones removed actions and recomputes the flags', () => {
    const full = sampleEightD('C1');
    const d5 = listOf(full.actions).filter((a) => a.discipline === 'd5');
    const next = withoutAction(full, d5[0]!.id, AT, 'x');
    expect(next.actions[d5[0]!.id]).toBeNull();
    expect(next.d5Done).toBe(false);
  });
});

describe('keyed lists', () => {
  it('round-trips order and tombstones dropped ids', () => {
    const prev = { A0000000001: { id: 'A0000000001', order: 0 }, B0000000001: { id: 'B0000000001', order: 1 } };
    const next = mapOf([{ id: 'B0000000001', order: 5 }], prev);
    expect(next).toEqual({ A0000000001: null, B0000000001: { id: 'B0000000001', order: 0 } });
    expect(listOf(next).map((x) => x.id)).toEqual(['B0000000001']);
  });
});

describe('signatures', () => {
  it('go stale when the content changes, and not when only metadata changes', () => {
    const r = sampleEightD('C1');
    const sig = { id: '01SIG00000000000000000001', slot: 'prepared' as const, name: '张工', role: '质量工程师', personId: '', at: '2026-11-25T16:00:00+08:00', timeZone: 'Asia/Shanghai', meaning: '编制', hash: contentHash(r) };
    expect(signatureState(sig, r)).toBe('valid');
    const touched = { ...r, updatedAt: 'later', _clocks: { x: '1' } };
    expect(signatureState(sig, touched)).toBe('valid');
    expect(signatureState(sig, { ...r, d2: { ...r.d2, statement: '改了' } })).toBe('stale');
  });

  it('the newest signature per slot counts', () => {
    const base = { slot: 'prepared' as const, name: 'a', role: '', personId: '', timeZone: 'UTC', meaning: 'm', hash: 'a'.repeat(64) };
    const cur = currentSignatures({ S0000000001: { ...base, id: 'S0000000001', at: '2026-01-01T00:00:00+00:00' }, S0000000002: { ...base, id: 'S0000000002', at: '2026-01-02T00:00:00+00:00' }, S0000000003: null });
    expect(cur.prepared?.id).toBe('S0000000002');
  });

  it('write the time with the zone offset', () => {
    expect(isoWithOffset(Date.parse('2026-11-25T08:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-25T16:00:00+08:00');
    expect(isoWithOffset(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
  });
});

describe('images', () => {
  it('reads PNG and JPEG sizes from the bytes and refuses what is not an image', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 2, 0, 0, 0, 1, 0x80]);
    expect(sniffImage(png)).toEqual({ kind: 'png', width: 512, height: 384 });
    const jpg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 17, 8, 0, 200, 1, 44, 3, 0, 0, 0]);
    expect(sniffImage(jpg)).toEqual({ kind: 'jpg', width: 300, height: 200 });
    expect(sniffImage(new TextEncoder().encode('not an image at all, just text'))).toBeNull();
    expect(fitInto({ width: 4000, height: 3000 }, 400, 400)).toEqual({ width: 400, height: 300 });
  });
});

describe('restoreEightD', () => {
  it('fills what a partial row lacks, keeping what it has', async () => {
    const { restoreEightD } = await import('./report');
    const r = restoreEightD({ id: '8d-C1', complaintId: 'C1', d4Done: true, d5Done: true, d3: { owner: '王工', locations: { wip: { na: true } } } });
    expect(r.d3.owner).toBe('王工');
    expect(r.d3.locations.wip).toMatchObject({ na: true, checkedQty: null });
    expect(r.d3.locations.customer.na).toBe(false);
    expect(r.d4Done).toBe(true);
    expect(progress(r).done).toEqual([]);
  });
});

describe('open actions', () => {
  it('lists open and overdue actions, optionally of one owner (by person id)', async () => {
    const { openActions } = await import('./actions');
    const r = sampleEightD('C1');
    const a = { ...emptyAction('01ACTION000000000000000009', 'd7', 9), title: 'x', owner: '王工', ownerId: '01PERSONWANG00000000000000', due: '2026-11-20' };
    r.actions[a.id] = a;
    const list = openActions(r, '2026-11-25');
    expect(list.map((o) => [o.action.title, o.state])).toEqual([['x', 'overdue']]);
    expect(openActions(r, '2026-11-19', '01PERSONWANG00000000000000').map((o) => o.state)).toEqual(['open']);
    expect(openActions(r, '2026-11-25', '01PERSONLI0000000000000000')).toEqual([]);
  });
});

describe('fields added after signing', () => {
  it('leave the content hash of an older row unchanged at their defaults, and change it once filled', async () => {
    const { contentHash } = await import('./signature');
    const r = sampleEightD('C1');
    r.d0 = { ...r.d0, customerRef: '', drawingRev: '', reportStatus: 'interim' };
    const old = structuredClone(r) as unknown as Record<string, Record<string, unknown>>;
    delete old.d0!.customerRef; delete old.d0!.drawingRev; delete old.d0!.reportStatus;
    delete old.d1!.customerRep; delete old.d6!.verificationData; delete old.d6!.verifiedOn;
    delete old.d8!.customerConfirmedBy; delete old.d8!.customerConfirmedOn; delete old.d8!.customerVerdict;
    const blank = { ...r, d6: { ...r.d6, verificationData: '', verifiedOn: '' }, d1: { ...r.d1, customerRep: '' } };
    const oldBlank = { ...old, d6: old.d6, d1: old.d1 } as unknown as typeof r;
    expect(contentHash(blank)).toBe(contentHash(oldBlank));
    expect(contentHash({ ...blank, d8: { ...blank.d8, customerVerdict: 'accepted' } })).not.toBe(contentHash(blank));
  });
});
