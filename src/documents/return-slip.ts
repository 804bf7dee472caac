/**
 * The return slip (退货单) as a Word file: A4 portrait, Chinese, the same content as
 * the print preview (see return-slip-parts.ts): number and QR code, customer and
 * order, every line with its quantities and disposition, the total in figures and
 * in capitals, the recorded approvals with their drawn signatures, and blank lines
 * for wet-ink signatures. A pure function of the slip model.
 */
import {
  AlignmentType, BorderStyle, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import QRCode from 'qrcode';
import { SLIP_HEADERS, slipRow, slipTotalLine, ZH, type SlipModel } from './return-slip-parts';

const FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun', cs: 'Arial' };

export function run(value: string, opts: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, bold: opts.bold, size: opts.size ?? 20, font: FONT });
}

export function line(value: string, opts: { bold?: boolean; size?: number; center?: boolean } = {}): Paragraph {
  return new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : undefined, children: [run(value, opts)] });
}

function cell(value: string | Paragraph[], header = false, span?: number): TableCell {
  const children = typeof value === 'string' ? [line(value, { bold: header, size: 18 })] : value;
  return new TableCell({ children, columnSpan: span, shading: header ? { fill: 'F2F2F2' } : undefined });
}

export function grid(headers: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

/** 'data:image/png;base64,…' → bytes; undefined for anything that is not a PNG data URL. */
export function pngBytes(dataUrl: string | undefined): Uint8Array | undefined {
  const m = /^data:image\/png;base64,([A-Za-z0-9+/]+=*)$/.exec(dataUrl ?? '');
  if (!m?.[1]) return undefined;
  const bin = atob(m[1]);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

function image(bytes: Uint8Array, width: number, height: number): Paragraph {
  return new Paragraph({ children: [new ImageRun({ type: 'png', data: bytes, transformation: { width, height } })] });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Blank lines for wet-ink signatures: a label under a ruled line, side by side. */
export function wetInkTable(labels: readonly string[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [
      new TableRow({ height: { value: 700, rule: 'atLeast' }, children: labels.map(() => new TableCell({ children: [line('')], borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' } } })) }),
      new TableRow({ children: labels.map((l) => new TableCell({ children: [line(`${l}签字/日期`, { size: 18, center: true })], borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: NO_BORDER } })) }),
    ],
  });
}

export async function buildReturnSlipDocx(m: SlipModel): Promise<Uint8Array> {
  const qr = pngBytes(await QRCode.toDataURL(m.number, { margin: 1, width: 200, errorCorrectionLevel: 'M' }));
  const head = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [new TableRow({
      children: [
        new TableCell({ width: { size: 78, type: WidthType.PERCENTAGE }, children: [line(m.company, { size: 24 }), line('退货单', { bold: true, size: 36 }), line(`单号：${m.number}\u3000日期：${m.date}`)] }),
        new TableCell({ children: qr ? [image(qr, 96, 96)] : [line('')] }),
      ],
    })],
  });
  const info = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [cell('客户', true), cell(m.customer), cell('联系人/电话', true), cell(m.contact)] }),
      new TableRow({ children: [cell('订单号', true), cell(m.orderNo), cell('送货单号', true), cell(m.deliveryNoteNo)] }),
      new TableRow({ children: [cell('退货类型', true), cell(m.returnType), cell('运费承担', true), cell(m.freight)] }),
      new TableRow({ children: [cell('仓库收货', true), cell(m.receipt, false, 3)] }),
    ],
  });
  const approvals = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: ['审批角色', '签字人', '时间', '意见', '备注', '签名'].map((h) => cell(h, true)) }),
      ...(m.approvals.length === 0
        ? [new TableRow({ children: [cell('无需审批 / 尚无审批记录', false, 6)] })]
        : m.approvals.map((a) => {
            const sig = pngBytes(a.signatureImage);
            return new TableRow({ children: [cell(a.role), cell(a.name), cell(a.at), cell(a.meaning), cell(a.comment), cell(sig ? [image(sig, 90, 30)] : '')] });
          })),
    ],
  });
  const doc = new Document({
    creator: m.company || 'Complaint Desk',
    title: `退货单 ${m.number}`,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      children: [
        head,
        line(''),
        info,
        line(''),
        grid(SLIP_HEADERS, m.lines.map(slipRow)),
        line(slipTotalLine(m), { bold: true }),
        line(''),
        approvals,
        line(''),
        wetInkTable(ZH.wetInk),
      ],
    }],
  });
  return new Uint8Array(await (await Packer.toBlob(doc)).arrayBuffer());
}
