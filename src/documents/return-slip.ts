/**
 * The return slip (退货单) as a Word file, from the slip model (see return-slip-parts.ts):
 * company header with the slip number and page x of y on every page, customer and
 * order with the QR code, one numbered row per line with amounts right-aligned,
 * the total in figures and in 人民币大写, the recorded approvals and separate
 * signature cells for applicant, reviewer, warehouse, QA, approver and the
 * customer's receiver. A4 landscape, so every column fits at 10.5 pt.
 */
import { ImageRun, Paragraph, Table, TableCell, TableRow, WidthType, BorderStyle, TableLayoutType, type FileChild } from 'docx';
import QRCode from 'qrcode';
import { buildDocument, fieldsTable, gridTable, heading, para, signatureCells, LANDSCAPE_TEXT_WIDTH as WIDTH, title, toBytes, type DocCompany } from './docx-parts';
import type { DocFormSettings } from './eightd-report';
import { returnsLabels } from './labels-returns';
import { SLIP_ALIGN, slipHeaders, slipRow, type SlipModel } from './return-slip-parts';

/** 'data:image/png;base64,…' → bytes; undefined for anything that is not a PNG data URL. */
export function pngBytes(dataUrl: string | undefined): Uint8Array | undefined {
  const m = /^data:image\/png;base64,([A-Za-z0-9+/]+=*)$/.exec(dataUrl ?? '');
  if (!m?.[1]) return undefined;
  const bin = atob(m[1]);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function infoWithQr(m: SlipModel, qr: Uint8Array | undefined): Table {
  const I = returnsLabels(m.lang).info;
  const qrW = 1500;
  const info = fieldsTable([
    [I.customer, m.customer], [I.contact, m.contact], [I.orderNo, m.orderNo], [I.deliveryNoteNo, m.deliveryNoteNo],
    [I.trackingNo, m.trackingNo], [I.date, m.date], [I.returnType, m.returnType], [I.freight, m.freight], [I.receipt, m.receipt, 'wide'],
  ], WIDTH - qrW - 100);
  const borders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
  return new Table({
    layout: TableLayoutType.FIXED, columnWidths: [WIDTH - qrW, qrW], width: { size: WIDTH, type: WidthType.DXA },
    borders: { ...borders, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ children: [
      new TableCell({ children: [info], borders, margins: { left: 0, right: 0 } }),
      new TableCell({ children: [qr ? new Paragraph({ children: [new ImageRun({ type: 'png', data: qr, transformation: { width: 88, height: 88 } })] }) : para('')], borders }),
    ] })],
  });
}

export async function buildReturnSlipDocx(m: SlipModel, company: DocCompany, form: DocFormSettings = { formNo: '', revision: '', prefix: '' }): Promise<Uint8Array> {
  const L = returnsLabels(m.lang);
  const qr = pngBytes(await QRCode.toDataURL(m.number, { margin: 1, width: 200, errorCorrectionLevel: 'M' }));
  const A = L.approvals;
  const S = L.sign;
  const approvalRows = m.approvals.map((a) => {
    const drawn = pngBytes(a.signatureImage);
    return [a.role, a.name, a.at, a.meaning, a.comment, drawn ? { image: drawn, width: 90, height: 30 } : ''];
  });
  const signer = (label: string, s?: { name: string; date: string; signatureImage?: string }) => ({ label, name: s?.name, date: s?.date, image: pngBytes(s?.signatureImage) });
  const children: FileChild[] = [
    title(L.slipTitle),
    infoWithQr(m, qr),
    para('', { after: 60 }),
    gridTable(slipHeaders(m.lang), m.lines.map(slipRow), { align: SLIP_ALIGN, total: WIDTH }),
    fieldsTable([
      [L.requestedFigures, m.requestedFigures],
      [L.totalFigures, m.provisional ? `${m.totalFigures} ${L.settledProvisional}` : m.totalFigures], [L.totalCapitals, m.totalCapitals],
      ...(m.refund ? [[L.refund, m.refund] as const] : []),
    ], WIDTH),
    ...(approvalRows.length ? [heading(A.title, 2), gridTable([A.role, A.name, A.at, A.meaning, A.comment, A.signature], approvalRows, { total: WIDTH })] : []),
    heading(L.signTitle, 2),
    signatureCells([
      signer(S.applicant, m.signers.applicant), signer(S.reviewer), signer(S.warehouse, m.signers.warehouse),
      signer(S.qa, m.signers.qa), signer(S.approver, m.signers.approver), signer(S.customerReceiver),
    ], m.lang, 6, WIDTH),
  ];
  return toBytes(buildDocument({ lang: m.lang, company, form, title: L.slipTitle, number: `${form.prefix}${m.number}` }, children, { landscape: true }));
}
