/**
 * The one set of building blocks every document that leaves the plant is made
 * of: A4 page, the company header (logo, name, contact line, title, form number
 * and revision, document number) and "page x of y" footer on every page, Word
 * heading styles, the document language, tables with content-sized columns,
 * photo grids with captions, and signature blocks that stay on one page.
 *
 * Font: 宋体 (SimSun) for East Asian text and Arial for Latin text, 10.5 pt (五号).
 * LibreOffice substitutes its installed CJK font for SimSun.
 */
import {
  AlignmentType, BorderStyle, Document, PageOrientation, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType, type FileChild, type ParagraphChild,
} from 'docx';
import { fitInto, sniffImage } from '../domain/eightd/image';
import type { Company } from '../domain/config/company';
import { columnWidths } from './column-widths';
import type { DocLang, Pair } from './doc-format';
import { common, companyName } from './labels-common';

export type { Pair } from './doc-format';

export const CJK_FONT = 'SimSun';
export const LATIN_FONT = 'Arial';
const FONT = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: CJK_FONT, cs: LATIN_FONT };
/** A4 in twips, 2 cm side margins: 17 cm of text width. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
export const TEXT_WIDTH = A4.width - 2 * MARGIN;
/** Text width of an A4 landscape page (the return slip's many columns). */
export const LANDSCAPE_TEXT_WIDTH = A4.height - 2 * MARGIN;
export const BODY_PT = 10.5;
const CELL_PAD = 60;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export interface DocCompany {
  name: string;
  nameEn: string;
  address: string;
  phone: string;
  fax: string;
  website: string;
  logo: Uint8Array | null;
}

export interface DocHead {
  lang: DocLang;
  company: DocCompany;
  /** The plant's form number and revision for this document, e.g. QR-8.5-03, A/0. */
  form: { formNo: string; revision: string };
  title: string;
  /** The document's number as printed (prefix + record number). */
  number: string;
}

export function docCompanyOf(c: Pick<Company, 'name' | 'nameEn' | 'address' | 'phone' | 'fax' | 'website'>, logo: Uint8Array | null): DocCompany {
  return { name: c.name, nameEn: c.nameEn, address: c.address, phone: c.phone, fax: c.fax, website: c.website, logo };
}

export { companyName } from './labels-common';

type Align = 'left' | 'right' | 'center';
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

export interface TextOpts { bold?: boolean; pt?: number; align?: Align; keepNext?: boolean; indent?: boolean; before?: number; after?: number }

export function run(value: string, o: { bold?: boolean; pt?: number; break?: boolean } = {}): TextRun {
  return new TextRun({ text: value, bold: o.bold, size: o.pt ? Math.round(o.pt * 2) : undefined, font: FONT, break: o.break ? 1 : undefined });
}

/** A number with its sign and unit standing on its own (100%, ¥1,250.00, 3.5), not the digits of 2026年12月2日. */
const NUMBER = /(?<![\u3400-\u9fff\d])([¥$]?\d[\d,.]*%?)(?![\u3400-\u9fff\d])/;

/**
 * A line as runs, every free-standing number in a run of its own marked as Latin-script en-US.
 * LibreOffice breaks a number anywhere ("10" / "0%") when its run is marked zh-CN and the CJK
 * line is full; as en-US it stays whole. Chinese text (dates among it) keeps the document's language.
 */
export function runs(value: string, o: { bold?: boolean; pt?: number; break?: boolean } = {}): TextRun[] {
  // split() with a capture group puts the numbers at the odd indexes.
  const pieces = value.split(NUMBER).map((text, i) => ({ text, number: i % 2 === 1 })).filter((p, i) => p.text !== '' || i === 0);
  return pieces.map((p, i) => new TextRun({
    text: p.text, bold: o.bold, size: o.pt ? Math.round(o.pt * 2) : undefined, font: FONT, break: o.break && i === 0 ? 1 : undefined,
    language: p.number ? { value: 'en-US' } : undefined,
  }));
}

/** A paragraph; line breaks in the value are kept. `indent` is the two-character first-line indent of Chinese prose. */
export function para(value: string, o: TextOpts = {}): Paragraph {
  const children: ParagraphChild[] = value.split('\n').flatMap((l, i) => runs(l, { bold: o.bold, pt: o.pt, break: i > 0 }));
  return new Paragraph({
    children, alignment: o.align ? ALIGN[o.align] : undefined, keepNext: o.keepNext,
    indent: o.indent ? { firstLine: Math.round((o.pt ?? BODY_PT) * 40) } : undefined,
    spacing: o.before !== undefined || o.after !== undefined ? { before: o.before, after: o.after } : undefined,
  });
}

export function title(value: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(value)] });
}

export function heading(value: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true, children: [run(value)] });
}

function cell(children: string | (Paragraph | Table)[], o: { bold?: boolean; shade?: boolean; span?: number; width?: number; align?: Align; pt?: number; keepNext?: boolean; borders?: boolean } = {}): TableCell {
  const content = typeof children === 'string' ? [para(children, { bold: o.bold, align: o.align, pt: o.pt, keepNext: o.keepNext })] : children;
  return new TableCell({
    children: content,
    columnSpan: o.span,
    shading: o.shade ? { fill: 'EDEDED', type: 'clear', color: 'auto' } : undefined,
    width: o.width ? { size: o.width, type: WidthType.DXA } : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 30, bottom: 30, left: CELL_PAD, right: CELL_PAD },
    borders: o.borders === false ? { top: NONE, bottom: NONE, left: NONE, right: NONE } : undefined,
  });
}

function fixedTable(rows: TableRow[], widths: number[], borders = true): Table {
  return new Table({
    rows, columnWidths: widths, layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders: borders ? undefined : NO_BORDERS,
  });
}

/** Label/value pairs, two pairs a row; a pair marked wide takes the whole row. Label columns fit the longest label. */
export function fieldsTable(pairs: readonly Pair[], total = TEXT_WIDTH): Table {
  const labels = pairs.map((p) => p[0]);
  const [labelW = 1800] = columnWidths([labels], { total, fontPt: BODY_PT, padding: 2 * CELL_PAD, capEm: 9 });
  const label = Math.min(labelW, Math.floor(total * 0.24));
  const value = Math.floor((total - 2 * label) / 2);
  const widths = [label, value, label, total - 2 * label - value];
  const rows: TableRow[] = [];
  let pending: TableCell[] = [];
  const flush = () => {
    if (pending.length === 2) pending.push(cell('', { shade: true }), cell(''));
    if (pending.length) rows.push(new TableRow({ cantSplit: true, children: pending }));
    pending = [];
  };
  for (const p of pairs) {
    if (p[2] === 'wide') {
      flush();
      rows.push(new TableRow({ cantSplit: true, children: [cell(p[0], { bold: true, shade: true, width: label }), cell(p[1], { span: 3, width: total - label })] }));
    } else {
      pending.push(cell(p[0], { bold: true, shade: true, width: label }), cell(p[1], { width: value }));
      if (pending.length === 4) flush();
    }
  }
  flush();
  return fixedTable(rows, widths);
}

export interface GridOptions { align?: readonly Align[]; pt?: number; widths?: readonly number[]; total?: number }

/** A cell's content: text, or an image (a drawn signature) sized to `width` × `height` px. */
export type GridValue = string | { image: Uint8Array; width: number; height: number };

function imageParagraph(v: { image: Uint8Array; width: number; height: number }): Paragraph {
  const info = sniffImage(v.image);
  return info ? new Paragraph({ children: [new ImageRun({ type: info.kind, data: v.image, transformation: fitInto(info, v.width, v.height) })] }) : para('');
}

/** A table with a repeating header row and rows that never split; column widths follow the content. */
export function gridTable(headers: readonly string[], body: readonly (readonly GridValue[])[], o: GridOptions = {}): Table {
  const pt = o.pt ?? BODY_PT;
  const measure = (v: GridValue | undefined) => (typeof v === 'string' ? v : v ? '图'.repeat(Math.ceil(v.width / 14)) : '');
  const widths = o.widths ? [...o.widths] : columnWidths(headers.map((h, i) => [h, ...body.map((r) => measure(r[i]))]), { total: o.total ?? TEXT_WIDTH, fontPt: pt, padding: 2 * CELL_PAD, headers: true });
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, { bold: true, shade: true, width: widths[i], align: 'center', pt })) }),
    ...body.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(typeof v === 'string' ? v : [imageParagraph(v)], { width: widths[i], align: o.align?.[i], pt })) })),
  ];
  return fixedTable(rows, widths);
}

export interface PhotoItem { bytes: Uint8Array | undefined; caption: string }

/**
 * Photos two to a row, each with its caption under it; about two rows fit a page, so two or four
 * photos a page. Each row is a table of its own, so a heading kept with the grid pulls only the first row.
 */
export function photoGrid(photos: readonly PhotoItem[], lang: DocLang): Table[] {
  const half = Math.floor(TEXT_WIDTH / 2);
  const maxW = Math.floor(((half - 2 * CELL_PAD) / 1440) * 96);
  const box = (p: PhotoItem): Paragraph[] => {
    const info = p.bytes ? sniffImage(p.bytes) : null;
    const image = p.bytes && info
      ? new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new ImageRun({ type: info.kind, data: p.bytes, transformation: fitInto(info, maxW, 250), altText: { name: p.caption, description: p.caption, title: p.caption } })] })
      : para(common(lang).unreadableImage, { align: 'center' });
    return [image, para(p.caption, { align: 'center', pt: 9, after: 120 })];
  };
  const rows: Table[] = [];
  for (let i = 0; i < photos.length; i += 2) {
    const pair = photos.slice(i, i + 2);
    const row = new TableRow({ cantSplit: true, children: [0, 1].map((k) => (pair[k] ? cell(box(pair[k]), { width: half, borders: false }) : cell('', { width: half, borders: false }))) });
    rows.push(fixedTable([row], [half, TEXT_WIDTH - half], false));
  }
  return rows;
}

/** Keeps what it holds on one page: one table row that may not split, without borders. */
export function keepTogether(children: (Paragraph | Table)[], total = TEXT_WIDTH): Table {
  return fixedTable([new TableRow({ cantSplit: true, children: [new TableCell({ children, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, margins: { left: 0, right: 0 } })] })], [total], false);
}

export interface SignedLine { slot: string; name: string; role: string; meaning: string; at: string }

/**
 * Recorded signatures beside a blank cell for the wet-ink signature, kept on one page with the
 * heading above it. A slot without a valid signature prints blank: nothing internal is printed.
 */
export function signatureBlock(headingText: string, lines: readonly SignedLine[], lang: DocLang, note?: string): Table {
  const S = common(lang).signature;
  const headers = [S.slot, S.name, S.role, S.meaning, S.at, S.wetInk];
  const body = lines.map((l) => [l.slot, l.name, l.role, l.meaning, l.at, '\n\n']);
  const inner = gridTable(headers, body, { widths: columnWidths(headers.map((h, i) => [h, ...body.map((r) => r[i] ?? ''), i === 5 ? '签字签字签字' : '']), { total: TEXT_WIDTH - 200, fontPt: BODY_PT, padding: 2 * CELL_PAD, headers: true }) });
  return keepTogether([heading(headingText), ...(note ? [para(note, { pt: 9, after: 80 })] : []), inner]);
}

export interface SignatureCell { label: string; name?: string; date?: string; image?: Uint8Array }

/** Separate signature cells side by side (label, space to sign or the recorded signer, date line), kept on one page. */
export function signatureCells(cells: readonly SignatureCell[], lang: DocLang, perRow = 3, total = TEXT_WIDTH): Table {
  const S = common(lang).signature;
  const w = Math.floor((total - 200) / perRow);
  const widths = Array.from({ length: perRow }, (_, i) => (i === perRow - 1 ? total - 200 - w * (perRow - 1) : w));
  const rows: TableRow[] = [];
  for (let i = 0; i < cells.length; i += perRow) {
    const slice = cells.slice(i, i + perRow);
    rows.push(new TableRow({
      cantSplit: true,
      height: { value: 1300, rule: 'atLeast' },
      children: widths.map((width, k) => {
        const c = slice[k];
        if (!c) return cell('', { width });
        const info = c.image ? sniffImage(c.image) : null;
        const sign: Paragraph = c.image && info
          ? new Paragraph({ keepNext: true, children: [run(`${S.sign} `), new ImageRun({ type: info.kind, data: c.image, transformation: fitInto(info, 110, 34) }), run(c.name ? ` ${c.name}` : '')] })
          : para(`${S.sign}${c.name ? ` ${c.name}` : ''}`, { keepNext: true, before: 160, after: 160 });
        const colon = lang === 'zh-CN' ? '：' : ': ';
        return cell([para(c.label, { bold: true, keepNext: true }), sign, para(`${S.date}${colon}${c.date ?? (lang === 'zh-CN' ? '\u3000\u3000年\u3000\u3000月\u3000\u3000日' : '')}`, { pt: 9 })], { width });
      }),
    }));
  }
  return keepTogether([fixedTable(rows, widths)], total);
}

/** Address, then telephone and fax, then website, each on its own line: a number or address is never broken. */
function contactLines(c: DocCompany, lang: DocLang): string[] {
  const L = common(lang);
  const colon = lang === 'en' ? ': ' : '：';
  const phones = [c.phone && `${L.phone}${colon}${c.phone}`, c.fax && `${L.fax}${colon}${c.fax}`].filter(Boolean).join('\u3000');
  return [c.address && `${L.address}${colon}${c.address}`, phones, c.website && `${L.website}${colon}${c.website}`].filter(Boolean);
}

function pageHeader(h: DocHead, width: number): Header {
  const L = common(h.lang);
  const c = h.company;
  const logoInfo = c.logo ? sniffImage(c.logo) : null;
  const logoW = c.logo && logoInfo ? 1500 : 0;
  const rightW = 2800;
  const nameW = width - logoW - rightW;
  const second = h.lang === 'zh-CN' ? c.nameEn : c.nameEn ? c.name : '';
  const left = [
    para(companyName(c, h.lang), { bold: true, pt: 12 }),
    ...(second ? [para(second, { pt: 8 })] : []),
    ...contactLines(c, h.lang).map((l) => para(l, { pt: 7.5 })),
  ];
  const form = [h.form.formNo && `${L.formNo}${h.lang === 'en' ? ' ' : '：'}${h.form.formNo}`, h.form.revision && `${L.revision}${h.lang === 'en' ? ' ' : '：'}${h.form.revision}`].filter(Boolean).join('\u3000');
  const right = [
    para(h.title, { bold: true, pt: 10.5, align: 'right' }),
    ...(form ? [para(form, { pt: 8, align: 'right' })] : []),
    para(`${L.docNo}${h.lang === 'en' ? ' ' : '：'}${h.number}`, { pt: 8, align: 'right' }),
  ];
  const cells: TableCell[] = [];
  if (c.logo && logoInfo) {
    cells.push(cell([new Paragraph({ children: [new ImageRun({ type: logoInfo.kind, data: c.logo, transformation: fitInto(logoInfo, 90, 40) })] })], { width: logoW, borders: false }));
  }
  cells.push(cell(left, { width: nameW, borders: false }), cell(right, { width: rightW, borders: false }));
  const widths = logoW ? [logoW, nameW, rightW] : [nameW, rightW];
  return new Header({
    children: [
      fixedTable([new TableRow({ children: cells })], widths, false),
      new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '666666', space: 1 } }, spacing: { after: 0 } }),
    ],
  });
}

function pageFooter(lang: DocLang): Footer {
  const P = common(lang).page;
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 18, children: [P.before, PageNumber.CURRENT, P.middle, PageNumber.TOTAL_PAGES, P.after] })] })],
  });
}

export function buildDocument(h: DocHead, children: FileChild[], o: { landscape?: boolean } = {}): Document {
  const language = h.lang === 'zh-CN' ? { value: 'zh-CN', eastAsia: 'zh-CN' } : { value: 'en-US', eastAsia: 'zh-CN' };
  const headingStyle = (pt: number, before: number) => ({ run: { font: FONT, size: pt * 2, bold: true, color: '000000' }, paragraph: { spacing: { before, after: 100 }, keepNext: true } });
  return new Document({
    creator: companyName(h.company, h.lang),
    title: `${h.title} ${h.number}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_PT * 2, language }, paragraph: { spacing: { after: 40 } } },
        title: { run: { font: FONT, size: 32, bold: true, color: '000000' }, paragraph: { spacing: { before: 0, after: 200 }, alignment: AlignmentType.CENTER } },
        heading1: headingStyle(13, 280),
        heading2: headingStyle(11, 160),
      },
    },
    sections: [{
      properties: { page: { size: o.landscape ? { ...A4, orientation: PageOrientation.LANDSCAPE } : { ...A4 }, margin: { top: 1900, bottom: 1134, left: MARGIN, right: MARGIN, header: 500, footer: 500 } } },
      headers: { default: pageHeader(h, o.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH) },
      footers: { default: pageFooter(h.lang) },
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
