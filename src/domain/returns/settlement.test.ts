import { describe, expect, it } from 'vitest';
import { settlement } from './settlement';
import { receipt, requestWorth } from './test-fixtures';
import type { ReturnRequest } from './request';

/** 100 pieces at ¥25.00 and ¥100.00 compensation on one line. */
function hundredAt25(): ReturnRequest {
  const r = requestWorth(2_500);
  const line = r.lines[0]!;
  return { ...r, lines: [{ ...line, qtyRequested: 100, unitPriceFen: 2_500, claimAmountFen: 10_000 }] };
}

describe('what a return settles for', () => {
  it('equals the request, provisionally, until the goods are counted', () => {
    expect(settlement({ request: hundredAt25() })).toMatchObject({ requestedFen: 260_000, settledFen: 260_000, final: false });
  });

  it('follows what was received: 95 of 100 settle for 95', () => {
    const s = settlement({ request: hundredAt25(), receipt: receipt([{ lineId: 'L1', countedQty: 95, location: 'A-01', isolationTag: 'isolated' }]) });
    expect(s).toMatchObject({ requestedFen: 260_000, settledFen: 247_500, final: true });
    expect(s.lines[0]).toMatchObject({ requestedQty: 100, settledQty: 95 });
  });

  it('never pays for more than was requested, nor for goods refused at the door', () => {
    const over = settlement({ request: hundredAt25(), receipt: receipt([{ lineId: 'L1', countedQty: 120, location: 'A-01', isolationTag: 'isolated' }]) });
    expect(over.settledFen).toBe(260_000);
    const atDoor = settlement({ request: hundredAt25(), receipt: receipt([{ lineId: 'L1', countedQty: 100, location: 'A-01', isolationTag: 'isolated' }], { outcome: 'refused' }) });
    expect(atDoor.lines[0]?.settledQty).toBe(0);
  });

  it('is nothing for a refused claim', () => {
    const s = settlement({ request: hundredAt25(), decision: { kind: 'refuse', reason: 'pastShelfLife', note: '' } });
    expect(s).toMatchObject({ requestedFen: 260_000, settledFen: 0, final: true });
  });
});
