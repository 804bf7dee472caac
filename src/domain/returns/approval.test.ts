import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_APPROVAL_SETTINGS as S,
  approvalRecordSchema,
  approvalSettingsSchema,
  approvalState,
  approvalStateForHash,
  canApprove,
  checkApproval,
  requiredApprovals,
  voidStale,
  type ApprovalRecord,
} from './approval';
import { canonicalRequest, hashRequest } from './canonical';
import { canonicalJson } from '../common/canonical-json';
import { ROLES } from './roles';
import { approval, requestWorth } from './test-fixtures';

const HASH = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

describe('requiredApprovals', () => {
  it.each([
    [0, []],
    [1, []],
    [99_999, []],
    [100_000, []],
    [100_001, ['marketingManager']],
    [200_000, ['marketingManager']],
    [200_001, ['marketingManager', 'generalManager']],
    [10_000_000_000, ['marketingManager', 'generalManager']],
  ])('%i fen → %j', (fen, roles) => {
    expect(requiredApprovals(fen, S)).toEqual(roles);
  });

  it('follows edited thresholds', () => {
    const settings = approvalSettingsSchema.parse({ managerAboveFen: 50_000, generalManagerAboveFen: 50_000 });
    expect(requiredApprovals(50_000, settings)).toEqual([]);
    expect(requiredApprovals(50_001, settings)).toEqual(['marketingManager', 'generalManager']);
  });
});

describe('approvalSettingsSchema', () => {
  it('defaults to 1000.00 and 2000.00 yuan', () => {
    expect(approvalSettingsSchema.parse({})).toEqual(S);
  });
  it('refuses a general-manager threshold below the manager one, and fractions of a fen', () => {
    const low = approvalSettingsSchema.safeParse({ managerAboveFen: 200_000, generalManagerAboveFen: 100_000 });
    expect(low.error?.issues.map((i) => i.message)).toEqual(['approval.thresholdOrder']);
    expect(approvalSettingsSchema.safeParse({ managerAboveFen: 0.5 }).success).toBe(false);
  });
});

describe('canApprove and checkApproval', () => {
  it('lets only the holder of the role sign for it', () => {
    expect(ROLES).toHaveLength(8);
    for (const role of ROLES) {
      expect(canApprove({ role }, 'marketingManager')).toBe(role === 'marketingManager');
      expect(canApprove({ role }, 'generalManager')).toBe(role === 'generalManager');
    }
  });

  const base = { totalFen: 300_000, settings: S, approvals: [] as ApprovalRecord[], currentHash: HASH };

  it('refuses a wrong-role signature', () => {
    expect(checkApproval({ ...base, signer: { id: 'P1', role: 'warehouseClerk' }, role: 'marketingManager' })).toEqual({ ok: false, code: 'approval.wrongRole' });
    expect(checkApproval({ ...base, signer: { id: 'P1', role: 'generalManager' }, role: 'marketingManager' })).toEqual({ ok: false, code: 'approval.wrongRole' });
    expect(checkApproval({ ...base, signer: { id: 'P1', role: 'admin' }, role: 'generalManager' })).toEqual({ ok: false, code: 'approval.wrongRole' });
  });

  it('accepts the right role and refuses signatures that are not needed or already given', () => {
    const mm = { id: 'P-MM', role: 'marketingManager' as const };
    expect(checkApproval({ ...base, signer: mm, role: 'marketingManager' })).toEqual({ ok: true });
    expect(checkApproval({ ...base, totalFen: 100_000, signer: mm, role: 'marketingManager' })).toEqual({ ok: false, code: 'approval.notRequired' });
    const signed = [approval({ contentHash: HASH })];
    expect(checkApproval({ ...base, approvals: signed, signer: { id: 'P-MM2', role: 'marketingManager' }, role: 'marketingManager' })).toEqual({ ok: false, code: 'approval.alreadySigned' });
    // A stale signature does not block a fresh one.
    expect(checkApproval({ ...base, approvals: [approval({ contentHash: OTHER })], signer: mm, role: 'marketingManager' })).toEqual({ ok: true });
  });

  it('refuses one person signing as both roles', () => {
    const signed = [approval({ contentHash: HASH, signerId: 'P-X' })];
    expect(checkApproval({ ...base, approvals: signed, signer: { id: 'P-X', role: 'generalManager' }, role: 'generalManager' })).toEqual({ ok: false, code: 'approval.sameSignerTwice' });
  });
});

describe('approvalRecordSchema', () => {
  const png = `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==`;
  const messages = (r: unknown) => approvalRecordSchema.safeParse(r).error?.issues.map((i) => i.message) ?? [];

  it('accepts a full record with a PNG signature', () => {
    expect(approvalRecordSchema.safeParse(approval({ contentHash: HASH, signatureImage: png })).success).toBe(true);
  });
  it.each([
    [{ at: '2026-03-02T09:30:00' }, 'approval.invalidInstant'],
    [{ timeZone: 'Mars/Olympus' }, 'approval.invalidTimeZone'],
    [{ contentHash: 'XYZ' }, 'approval.invalidHash'],
    [{ signatureImage: 'data:image/jpeg;base64,/9j/4AAQ' }, 'approval.invalidSignatureImage'],
    [{ signatureImage: 'data:image/png;base64,PHN2Zz4=' }, 'approval.invalidSignatureImage'],
    [{ signatureImage: `data:image/png;base64,iVBORw0KGgo${'A'.repeat(300_000)}` }, 'approval.signatureTooLarge'],
    [{ meaning: 'rejected', comment: '' }, 'approval.commentRequiredForRejection'],
  ])('%j → %s', (patch, code) => {
    expect(messages({ ...approval({ contentHash: HASH }), ...patch })).toContain(code);
  });
});

describe('canonicalRequest and hashRequest', () => {
  it('sorts keys and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }], e: null })).toBe('{"a":[{"c":"x"}],"b":1,"e":null}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });

  it('is deterministic, ignores approvals, receipts and audit stamps, and includes computed totals', () => {
    const request = requestWorth(150_000);
    const decorated = { ...request, approvals: [1], receipt: { x: 1 }, updatedAt: 'now', createdBy: 'me', lines: request.lines.map((l) => ({ ...l, hlc: 'h' })) };
    const reordered = Object.fromEntries(Object.entries(request).reverse()) as typeof request;
    expect(canonicalRequest(decorated)).toBe(canonicalRequest(request));
    expect(canonicalRequest(reordered)).toBe(canonicalRequest(request));
    expect(canonicalRequest(request)).toContain('"totalFen":150000');
  });

  it('changes when any signed field changes', () => {
    const request = requestWorth(150_000);
    const line = request.lines[0];
    if (!line) throw new Error('line');
    const before = canonicalRequest(request);
    const edits = [
      { ...request, freightPaidBy: 'customer' as const },
      { ...request, deliveryNoteNo: 'DN-1' },
      { ...request, customer: { ...request.customer, phone: '110' } },
      { ...request, lines: [{ ...line, unitPriceFen: line.unitPriceFen + 1 }] },
      { ...request, lines: [{ ...line, claimAmountFen: 1 }] },
      { ...request, lines: [{ ...line, overShippedConfirmed: true }] },
    ];
    for (const edited of edits) expect(canonicalRequest(edited)).not.toBe(before);
  });

  it('hashes to the hex SHA-256 of the canonical text', async () => {
    const request = requestWorth(150_000);
    // An independent SHA-256 implementation, so the WebCrypto call is checked, not trusted.
    const expected = bytesToHex(sha256(utf8ToBytes(canonicalRequest(request))));
    expect(await hashRequest(request)).toBe(expected);
  });
});

describe('approvalState', () => {
  it('is satisfied when every required role approved the current content', async () => {
    const request = requestWorth(250_000);
    const hash = await hashRequest(request);
    const approvals = [
      approval({ contentHash: hash }),
      approval({ id: 'A2', role: 'generalManager', signerId: 'P-GM', signerName: '张总', contentHash: hash }),
    ];
    expect(await approvalState(request, approvals, S)).toEqual({
      currentHash: hash,
      required: ['marketingManager', 'generalManager'],
      satisfied: ['marketingManager', 'generalManager'],
      missing: [],
      rejected: [],
      stale: [],
    });
  });

  it('makes an approval stale when a line changes afterwards, and voiding keeps the record', async () => {
    const request = requestWorth(150_000);
    const signed = [approval({ contentHash: await hashRequest(request) })];
    expect((await approvalState(request, signed, S)).missing).toEqual([]);

    const line = request.lines[0];
    if (!line) throw new Error('line');
    const edited = { ...request, lines: [{ ...line, batch: 'B9999' }] };
    const state = await approvalState(edited, signed, S);
    expect(state.stale).toEqual(signed);
    expect(state.missing).toEqual(['marketingManager']);

    const voided = voidStale(signed, state.currentHash, '2026-03-03T10:00:00+08:00');
    expect(voided).toHaveLength(1);
    expect(voided[0]?.voided).toEqual({ at: '2026-03-03T10:00:00+08:00', reason: 'approval.voidedContentChanged' });
    expect((await approvalState(edited, voided, S)).stale).toEqual([]);
  });

  it('reports live rejections and ignores voided or irrelevant records', () => {
    const approvals = [
      approval({ meaning: 'rejected', comment: '金额不符', contentHash: HASH }),
      approval({ id: 'A2', role: 'generalManager', signerId: 'P-GM', contentHash: HASH }),
      approval({ id: 'A3', contentHash: HASH, voided: { at: '2026-03-03T10:00:00+08:00', reason: 'x' } }),
    ];
    const state = approvalStateForHash(HASH, 150_000, approvals, S);
    expect(state.rejected.map((a) => a.id)).toEqual(['A1']);
    expect(state.satisfied).toEqual([]);
    expect(state.missing).toEqual(['marketingManager']);
    expect(approvalStateForHash(HASH, 100_000, approvals, S).rejected).toEqual([]);
  });
});
