/**
 * What a return settles for, beside what was asked. The request states the
 * customer's claim (qtyRequested × unit price, plus compensation); the
 * settlement follows what actually happened: nothing when the claim was
 * refused, and once the warehouse has counted the goods, only what was
 * received (never more than requested: an over-delivery is sent back, not
 * paid for). Before the receipt the settlement is provisional and equals the
 * request. Approvals keep comparing the requested total with the thresholds:
 * they are given before the goods arrive.
 */
import { mulQtyPrice, sumFen } from '../money';
import { lineAmountFen, type ReturnRequest } from './request';
import type { ClaimDecision } from './claim-checks';
import { receivedQty, type Receipt } from './receipt';

export interface SettledLine {
  id: string;
  requestedQty: number;
  requestedFen: number;
  settledQty: number;
  settledFen: number;
}

export interface Settlement {
  lines: SettledLine[];
  requestedFen: number;
  settledFen: number;
  /** False until the goods are counted (or the claim refused): the settled figures may still change. */
  final: boolean;
}

function must(r: { ok: true; fen: number } | { ok: false; code: string }): number {
  if (!r.ok) throw new RangeError(`returns: amount not computable (${r.code})`);
  return r.fen;
}

export function settlement(c: { request: Pick<ReturnRequest, 'lines'>; decision?: ClaimDecision | undefined; receipt?: Receipt | undefined }): Settlement {
  const refused = c.decision?.kind === 'refuse';
  const lines = c.request.lines.map((line): SettledLine => {
    const claim = line.claimAmountFen ?? 0;
    const requestedFen = must(sumFen([lineAmountFen(line), claim]));
    const settledQty = refused ? 0 : c.receipt ? Math.min(line.qtyRequested, receivedQty(c.receipt, line.id)) : line.qtyRequested;
    const settledFen = refused ? 0 : must(sumFen([must(mulQtyPrice(settledQty, line.unitPriceFen)), claim]));
    return { id: line.id, requestedQty: line.qtyRequested, requestedFen, settledQty, settledFen };
  });
  return {
    lines,
    requestedFen: must(sumFen(lines.map((l) => l.requestedFen))),
    settledFen: must(sumFen(lines.map((l) => l.settledFen))),
    final: refused || c.receipt !== undefined,
  };
}
