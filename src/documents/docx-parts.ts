/**
 * Building blocks shared by our Word documents: A4 portrait page, Chinese body
 * font, the header (company, complaint number, customer, product), the footer
 * "第 x 页 / 共 y 页", label/value and grid tables, photos and signature blocks.
 *
 * Font: 宋体 (SimSun) for East Asian text and Arial for Latin text. Word on
 * Windows has both; LibreOffice substitutes its installed CJK font (on Debian
 * WenQuanYi Micro Hei or Noto CJK) for SimSun.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow,
  TextRun, WidthType, type FileChild, type ParagraphChild,
} from 'docx';
import { fitInto, sniffImage } from '../domain/eightd/image';
import { ZH } from './labels-zh';

export const CJK_FONT = 'SimSun';
export const LATIN_FONT = 'Arial';
const FONT = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: CJK_FONT, cs: LATIN_FONT };
/** A4 in twips, 2 cm margins: 21 − 4 = 17 cm of text width. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
export const TEXT_WIDTH_PX = Math.floor(((A4.width - 2 * MARGIN) / 1440) * 96);

export interface HeaderInfo {
  company: string;
  title: string;
  number: string;
  customer: string;
  product: string;
  logo?: Uint8Array | null;
}

export function text(value: string, opts: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, bold: opts.bold, size: opts.size, font: FONT });
}

export function para(value: string, opts: { bold?: boolean; size?: number; center?: boolean } = {}): Paragraph {
  // Multi-line values keep their line breaks.
  const lines = value.split('\n');
  const children: ParagraphChild[] = lines.map((l, i) => new TextRun({ text: l, bold: opts.bold, size: opts.size, font: FONT, break: i > 0 ? 1 : undefined }));
  return new Paragraph({ children, alignment: opts.center ? AlignmentType.CENTER : undefined });
}

export function heading(value: string): Paragraph {
  return new Paragraph({ children: [text(value, { bold: true, size: 26 })], spacing: { before: 240, after: 120 }, keepNext: true });
}

function cell(value: string | Paragraph[], opts: { bold?: boolean; shade?: boolean; span?: number; width?: number } = {}): TableCell {
  return new TableCell({
    children: typeof value === 'string' ? [para(value, { bold: opts.bold })] : value,
    columnSpan: opts.span,
    shading: opts.shade ? { fill: 'EDEDED', type: 'clear', color: 'auto' } : undefined,
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

const FULL = { size: 100, type: WidthType.PERCENTAGE } as const;

/** Label/value pairs, two pairs per row; a pair marked wide takes the whole row. */
export function fieldsTable(pairs: readonly (readonly [string, string] | readonly [string, string, 'wide'])[]): Table {
  const rows: TableRow[] = [];
  let pending: TableCell[] = [];
  const flush = () => {
    if (pending.length === 2) pending.push(cell(''), cell(''));
    if (pending.length) rows.push(new TableRow({ children: pending }));
    pending = [];
  };
  for (const p of pairs) {
    if (p[2] === 'wide') {
      flush();
      rows.push(new TableRow({ children: [cell(p[0], { bold: true, shade: true, width: 18 }), cell(p[1], { span: 3 })] }));
    } else {
      pending.push(cell(p[0], { bold: true, shade: true, width: 18 }), cell(p[1], { width: 32 }));
      if (pending.length === 4) flush();
    }
  }
  flush();
  return new Table({ rows, width: FULL });
}

export function gridTable(headers: readonly string[], body: readonly (readonly string[])[]): Table {
  const rows = [
    new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, { bold: true, shade: true })) }),
    ...body.map((r) => new TableRow({ cantSplit: true, children: r.map((v) => cell(v)) })),
  ];
  return new Table({ rows, width: FULL });
}

/** An embedded photo at its own aspect ratio, at most the text width by 9 cm high, with a caption. */
export function photo(bytes: Uint8Array, caption: string, maxWidthPx = Math.min(TEXT_WIDTH_PX, 420)): Paragraph[] {
  const info = sniffImage(bytes);
  if (!info) return [para(`${caption}（无法读取的图片）`)];
  const size = fitInto(info, maxWidthPx, 340);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [new ImageRun({ type: info.kind, data: bytes, transformation: size, altText: { name: caption, description: caption, title: caption } })],
    }),
    para(caption, { center: true, size: 18 }),
  ];
}

export interface SignatureLine {
  slot: string;
  name: string;
  role: string;
  at: string;
  meaning: string;
  hash: string;
  state: string;
}

/** Recorded signatures beside blank lines for wet-ink signatures and dates. */
export function signatureTable(lines: readonly SignatureLine[]): Table {
  const S = ZH.signatures;
  const blank = '\n\n';
  return gridTable(
    ['', S.name, S.role, S.at, S.meaning, S.state, S.wetInk, S.wetDate],
    lines.map((l) => [l.slot, l.name, l.role, l.at, l.meaning, l.hash ? `${l.state}\n${S.hash} ${l.hash.slice(0, 16)}` : l.state, blank, blank]),
  );
}

function pageHeader(h: HeaderInfo): Header {
  const logo = h.logo ? sniffImage(h.logo) : null;
  const first: ParagraphChild[] = [];
  if (h.logo && logo) first.push(new ImageRun({ type: logo.kind, data: h.logo, transformation: fitInto(logo, 120, 32) }), text('  '));
  first.push(text(h.company, { bold: true, size: 22 }), text(`    ${h.title}`, { size: 20 }));
  return new Header({
    children: [
      new Paragraph({ children: first }),
      new Paragraph({
        children: [text(`${ZH.complaintNo}：${h.number}    ${ZH.customer}：${h.customer}    ${ZH.product}：${h.product}`, { size: 18 })],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 2 } },
      }),
    ],
  });
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONT, size: 18, children: [ZH.page.before, PageNumber.CURRENT, ZH.page.middle, PageNumber.TOTAL_PAGES, ZH.page.after] })],
      }),
    ],
  });
}

export function buildDocument(h: HeaderInfo, children: FileChild[]): Document {
  return new Document({
    creator: h.company || 'Complaint Desk',
    title: `${h.title} ${h.number}`,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [{
      properties: { page: { size: { ...A4 }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 } } },
      headers: { default: pageHeader(h) },
      footers: { default: pageFooter() },
      children,
    }],
  });
}

export async function toBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** A file-name part: characters Windows refuses are replaced, length bounded. */
export function fileNamePart(s: string): string {
  return s.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60) || 'x';
}
