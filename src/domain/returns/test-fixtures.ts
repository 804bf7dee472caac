// Shared sample data for the returns tests (plain data; no test framework here).
import type { ApprovalRecord } from './approval';
import type { Receipt } from './receipt';
import type { ReturnRequest, ReturnRequestInput } from './request';

export function requestInput(overrides: Partial<ReturnRequestInput> = {}): ReturnRequestInput {
  return {
    id: 'R1',
    customer: { name: '华东电器有限公司', contact: '王工', phone: '021-5555-0101' },
    orderNo: 'SO-2026-0101',
    returnType: 'defectiveInUse',
    freightPaidBy: 'us',
    lines: [
      {
        id: 'L1',
        productNo: 'CD-100',
        spec: '10x20',
        batch: 'B2601',
        productionDate: '2026-01-05',
        shipDate: '2026-01-10',
        defect: '外壳开裂',
        reason: '使用中开裂',
        qtyShipped: 100,
        qtyRequested: 10,
        unitPriceFen: 5_000,
      },
    ],
    ...overrides,
  };
}

/** A parsed request whose single line is worth exactly `fen` (qty 1 × price). */
export function requestWorth(fen: number): ReturnRequest {
  const input = requestInput();
  const line = input.lines[0];
  if (!line) throw new Error('fixture has a line');
  return {
    ...input,
    customer: { name: input.customer.name, contact: input.customer.contact ?? '', phone: input.customer.phone ?? '' },
    lines: [{ ...line, spec: line.spec ?? '', batch: line.batch ?? '', defect: line.defect ?? '', qtyRequested: 1, unitPriceFen: fen }],
  };
}

export function approval(overrides: Partial<ApprovalRecord> & Pick<ApprovalRecord, 'contentHash'>): ApprovalRecord {
  return {
    id: 'A1',
    role: 'marketingManager',
    signerName: '李经理',
    signerId: 'P-MM',
    at: '2026-03-02T09:30:00+08:00',
    timeZone: 'Asia/Shanghai',
    meaning: 'approved',
    comment: '',
    ...overrides,
  };
}

export function receipt(lines: Receipt['lines'], overrides: Partial<Receipt> = {}): Receipt {
  return {
    receivedAt: '2026-03-05T14:00:00+08:00',
    receivedBy: '赵仓管',
    packageCondition: 'intact',
    lines,
    outcome: 'accepted',
    note: '',
    ...overrides,
  };
}
