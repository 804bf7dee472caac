import { describe, expect, it } from 'vitest';
import { DEFAULT_APPROVAL_SETTINGS as S, approvalStateForHash, type ApprovalRecord } from './approval';
import { hashRequest } from './canonical';
import { requestStatus, requestStatusOf, type ReturnCase } from './status';
import { approval, receipt, requestWorth } from './test-fixtures';

const HASH = 'c'.repeat(64);
const stateFor = (c: ReturnCase, totalFen: number) => approvalStateForHash(HASH, totalFen, c.approvals, S);
const signedMM = approval({ contentHash: HASH });
const received = receipt([{ lineId: 'L1', countedQty: 1, location: 'R-01', isolationTag: 'isolated' }]);
const judged = {
  judgedAt: '2026-03-06T10:00:00+08:00',
  judgedBy: 'QA',
  lines: [{ lineId: 'L1', inspectedQty: 1, conformingQty: 0, nonconformingQty: 1, defectFound: 'x', responsibility: 'production' as const, eightDRequired: true }],
};

function at(stage: Partial<ReturnCase>, approvals: ApprovalRecord[] = [signedMM]): ReturnCase {
  return { request: requestWorth(150_000), submittedAt: '2026-03-01T09:00:00+08:00', decision: { kind: 'accept', note: '' }, approvals, ...stage };
}

describe('requestStatus', () => {
  it.each<[string, ReturnCase, number, string]>([
    ['draft', at({ submittedAt: undefined }), 150_000, 'draft'],
    ['refused by decision, even in draft', at({ submittedAt: undefined, decision: { kind: 'refuse', reason: 'pastWarranty', note: '' } }), 150_000, 'refused'],
    ['waiting for the decision', at({ decision: undefined }), 150_000, 'pendingApproval'],
    ['waiting for the manager', at({}, []), 150_000, 'pendingApproval'],
    ['no approval needed at 1000.00', at({}, []), 100_000, 'approved'],
    ['manager signed', at({}), 150_000, 'approved'],
    ['general manager still missing above 2000.00', at({}), 200_001, 'pendingApproval'],
    ['rejected by the manager', at({}, [approval({ contentHash: HASH, meaning: 'rejected', comment: '无依据' })]), 150_000, 'refused'],
    ['received', at({ receipt: received }), 150_000, 'received'],
    ['refused at the door', at({ receipt: { ...received, outcome: 'refused' } }), 150_000, 'refused'],
    ['judged', at({ receipt: received, judgement: judged }), 150_000, 'judged'],
    ['incomplete judgement stays received', at({ receipt: received, judgement: { ...judged, lines: [] } }), 150_000, 'received'],
    ['partly disposed', at({ receipt: received, judgement: judged, disposition: { lines: [{ lineId: 'L1', actions: [] }] } }), 150_000, 'judged'],
    ['closed', at({ receipt: received, judgement: judged, disposition: { lines: [{ lineId: 'L1', actions: [{ kind: 'scrap', qty: 1 }] }] } }), 150_000, 'closed'],
    ['a receipt does not skip the approval', at({ receipt: received }, []), 150_000, 'pendingApproval'],
  ])('%s', (_name, c, totalFen, expected) => {
    expect(requestStatus(c, stateFor(c, totalFen))).toBe(expected);
  });

  it('falls back to pending approval when the request changes after signing', async () => {
    const request = requestWorth(150_000);
    const c: ReturnCase = { ...at({}), request, approvals: [approval({ contentHash: await hashRequest(request) })] };
    expect(await requestStatusOf(c, S)).toBe('approved');
    const line = request.lines[0];
    if (!line) throw new Error('line');
    const edited = { ...c, request: { ...request, lines: [{ ...line, qtyShipped: line.qtyShipped + 1 }] } };
    expect(await requestStatusOf(edited, S)).toBe('pendingApproval');
  });
});
