/**
 * Every document as a customer opens it: the sample documents (Chinese and English)
 * converted to PDF by LibreOffice and read back with pdftotext, page by page. One
 * PNG per page goes to test-results/documents/ for a person to look at.
 * Skipped, with the reason, where soffice, pdftotext or pdftoppm is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_COMPANY } from './sample-data';
import { sampleDocuments } from './sample-data';
import { INTERNAL_MARKS } from './docx-test-support';
import { chromiumSvgToPng } from './node-svg-to-png';

const tools = ['soffice', 'pdftotext', 'pdftoppm', 'pdfimages'];
const hasTools = (() => {
  try {
    execFileSync('sh', ['-c', tools.map((t) => `command -v ${t}`).join(' && ')], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const OUT = resolve('test-results/documents');

/** Field labels each document must show, by the start of its file name. */
const LABELS: Record<string, string[]> = {
  '8D-zh': ['8D编号', '报告版本', '报告状态', '立案日期', '报告日期', '客户投诉编号', '客户联系人', '零件号/型号', '图纸版本', '交付数量', '不良数量', '不良率', 'PPM', '严重度', '客户代表', '什么问题', '效果验证数据', '客户确认', '编制', '审核', '批准'],
  '8D-en': ['8Dno.', 'Reportversion', "Customer'scomplaintno.", 'Customerrepresentative', 'Verificationdata', 'Customerconfirmation', 'Prepared', 'Approved'],
  '投诉记录表-zh': ['投诉编号', '接收时间', '客户名称', '客户单位', '初步原因判定', '处理意见', '责任部门', '处理结果', '跟踪验证/回访', '结案日期', '受理人', '批准'],
  '投诉记录表-en': ['Complaintno.', 'Initialcausejudgement', 'Handlingopinion', 'Responsibledepartment', 'Closedon', 'Approvedby'],
  '退货单-zh': ['序号', '单位', '客户退货运单号', '申请金额', '结算金额（小写）', '结算金额（大写）', '人民币贰仟柒佰伍拾元整', '申请人', '审核人', '仓库', '质检', '批准人', '客户签收人'],
  '退货单-en': ["Customer'strackingno.", 'Settled(figures)', "Customer'sreceiver"],
  '拒赔函-zh': ['关于退货/索赔申请的答复函', '联系人', '电话', '（盖章处）'],
  '拒赔函-en': ['Dear', 'Contact', 'Telephone', '(companyseal)'],
  '月度客诉分析报告-zh': ['统计期间', '主要指标', '各节点及时率', '按类别（柏拉图）', '质量成本', '超期案件', '不满意案件', '重复投诉', '责任追究', '评审会议决定的措施', '参会人员签字'],
  '顾客满意度调查表-zh': ['投诉编号', '满意度评价', '非常满意5', '非常不满意1', '总体满意度', '意见与建议', '答复人（签字）'],
  '顾客满意度调查表-en': ['Complaintno.', 'Yourrating', 'Verysatisfied5', 'Overall', 'Answeredby(signature)'],
  '月度客诉分析报告-en': ['Period', 'Keyfigures', 'On-timerate', 'Pareto', 'Costofquality', 'Overduecases', 'Participants'],
};

interface Pdf { name: string; lang: 'zh' | 'en'; pages: string[]; lines: string[] }
const pdfs: Pdf[] = [];

describe.skipIf(!hasTools)(`LibreOffice: the documents as a customer reads them (skipped without ${tools.join(', ')})`, () => {
  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const names: string[] = [];
    // The review report's charts: LibreOffice 7 shows the PNG beside the SVG, which Chromium draws here.
    const png = await chromiumSvgToPng();
    try {
      for (const lang of ['zh-CN', 'en'] as const) {
        for (const [name, bytes] of await sampleDocuments(lang, png?.toPng)) {
          writeFileSync(join(OUT, name), bytes);
          names.push(name);
        }
      }
    } finally {
      await png?.close();
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${OUT}/.profile`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, ...names.map((n) => join(OUT, n))], { stdio: 'ignore', timeout: 240_000 });
    for (const name of names) {
      const pdf = join(OUT, name.replace(/\.docx$/, '.pdf'));
      // pdftotext ends each page with a form feed.
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').slice(0, -1).map((p) => p.replace(/\s+/g, ''));
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, name.replace(/\.docx$/, ''))]);
      pdfs.push({ name, lang: name.endsWith('-en.docx') ? 'en' : 'zh', pages, lines: text.split('\n') });
    }
  }, 300_000);

  it('converts all twelve documents, one PNG per page', () => {
    expect(pdfs).toHaveLength(12);
    const pngs = readdirSync(OUT).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBe(pdfs.reduce((n, p) => n + p.pages.length, 0));
    expect(pdfs.every((p) => p.pages.length >= 1)).toBe(true);
  });

  it('prints the company name and "page x of y" on every page', () => {
    const problems: string[] = [];
    for (const p of pdfs) {
      const company = (p.lang === 'zh' ? SAMPLE_COMPANY.name : SAMPLE_COMPANY.nameEn).replace(/\s+/g, '');
      p.pages.forEach((text, i) => {
        const pageOf = p.lang === 'zh' ? `第${i + 1}页/共${p.pages.length}页` : `Page${i + 1}of${p.pages.length}`;
        if (!text.includes(company)) problems.push(`${p.name} p.${i + 1}: no company name`);
        if (!text.includes(pageOf)) problems.push(`${p.name} p.${i + 1}: no ${pageOf}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('writes dates as 2026年12月8日 (8 Dec 2026 in English), never as 2026-12-08, and no hash or time zone', () => {
    const problems: string[] = [];
    for (const p of pdfs) {
      const text = p.pages.join('');
      if (p.lang === 'zh' && !/\d{4}年\d{1,2}月\d{1,2}日/.test(text)) problems.push(`${p.name}: no 年月日 date`);
      if (p.lang === 'en' && !/\d{1,2}(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\d{4}/.test(text)) problems.push(`${p.name}: no English date`);
      if (/\d{4}-\d{2}-\d{2}/.test(text)) problems.push(`${p.name}: ISO date`);
      for (const mark of INTERNAL_MARKS) if (mark.test(text)) problems.push(`${p.name}: ${String(mark)}`);
    }
    expect(problems).toEqual([]);
  });

  it('shows every listed field label', () => {
    const missing: string[] = [];
    for (const p of pdfs) {
      const key = `${p.name.split('-')[0]}-${p.lang}`;
      const text = p.pages.join('');
      for (const label of LABELS[key] ?? ['(no labels listed)']) if (!text.includes(label)) missing.push(`${p.name}: ${label}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the 8D signature block and the customer confirmation on one page', () => {
    for (const p of pdfs.filter((x) => x.name.startsWith('8D-'))) {
      const [sign, confirm] = p.lang === 'zh' ? ['签字栏', '客户确认人'] : ['Signature', 'Confirmedby'];
      const page = p.pages.findIndex((t) => t.includes(sign));
      expect(page, p.name).toBeGreaterThanOrEqual(0);
      expect(p.pages[page]).toContain(p.lang === 'zh' ? '批准' : 'Approved');
      expect(p.pages.findIndex((t) => t.includes(confirm))).toBeGreaterThanOrEqual(page);
    }
  });

  it('never breaks a number over two lines in a narrow cell (the D5 table of the sample: 100%)', () => {
    for (const p of pdfs.filter((x) => x.name.startsWith('8D-'))) {
      expect(p.lines.some((l) => /(^|\D)100%/.test(l)), p.name).toBe(true);
    }
  });

  it('draws the three charts of the review report as images on the pages of their captions (needs Chromium for the PNG)', () => {
    const chromium = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
    for (const p of pdfs.filter((x) => x.name.startsWith('月度客诉分析报告'))) {
      const pdf = join(OUT, p.name.replace(/\.docx$/, '.pdf'));
      // page, width and height of every image, the company logo (240 × 80) left out.
      const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2)
        .map((l) => l.trim().split(/\s+/)).filter((c) => c.length > 4 && c[2] === 'image').map((c) => ({ page: Number(c[0]), width: Number(c[3]), height: Number(c[4]) }))
        .filter((i) => !(i.width === 240 && i.height === 80));
      const captions = p.lang === 'zh' ? ['图1按类别柏拉图', '图2按缺陷柏拉图', '图3近12个月收到与关闭件数'] : ['Figure1Paretobycategory', 'Figure2Paretobydefect', 'Figure3Receivedandclosed'];
      for (const caption of captions) {
        const page = p.pages.findIndex((t) => t.includes(caption)) + 1;
        expect(page, `${p.name}: ${caption}`).toBeGreaterThan(0);
        const chart = images.find((i) => i.page === page && i.width >= 600);
        if (chromium) expect(chart, `${p.name}: chart on page ${page}`).toBeDefined();
      }
    }
  });

  it('leaves readable text in the PDFs (not boxes)', () => {
    const text = readFileSync(join(OUT, pdfs[0]!.name.replace(/\.docx$/, '.pdf')));
    expect(text.length).toBeGreaterThan(10_000);
  });
});
