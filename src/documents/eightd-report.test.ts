import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildEightDReport, eightDFileName } from './eightd-report';
import { buildComplaintRecordForm, recordFormFileName } from './complaint-record-form';
import { sampleRecordFormInput, sampleReportInput } from './sample-data';
import { listOf } from '../domain/eightd/keyed';
import { contentHash } from '../domain/eightd/signature';
import type { EightD } from '../domain/eightd/schema';

/** Word splits text into runs; joining the text of all runs lets us search for whole values. */
function docText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
}

function parts(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const get = (prefix: string) => Object.keys(files).filter((k) => k.startsWith(prefix)).map((k) => strFromU8(files[k]!)).join('\n');
  return { files, document: get('word/document.xml'), headers: get('word/header'), footers: get('word/footer') };
}

function signed(r: EightD): EightD {
  const hash = contentHash(r);
  return {
    ...r,
    signatures: { '01SIG00000000000000000001': { id: '01SIG00000000000000000001', slot: 'prepared', name: '张工', role: '质量工程师', personId: '', at: '2026-11-25T16:00:00+08:00', timeZone: 'Asia/Shanghai', meaning: '编制本报告', hash } },
  };
}

const hasSoffice = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v soffice && command -v pdftotext'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('8D report (docx)', () => {
  it('holds every discipline, the header, the page-number footer, signatures and 5 embedded photos', async () => {
    const input = sampleReportInput(5);
    input.report = signed(input.report);
    const bytes = await buildEightDReport(input);
    const { files, document, headers, footers } = parts(bytes);
    const body = docText(document);
    const r = input.report;
    const expected = [
      '8D 问题解决报告', 'D0 准备与紧急响应', 'D1 成立小组', 'D2 问题描述', 'D3 临时遏制措施', 'D4 根本原因分析', 'D5 永久纠正措施',
      'D6 实施与效果验证', 'D7 预防再发生', 'D8 结案与团队表彰',
      r.d0.emergencyResponse, ...listOf(r.d1.members).map((m) => m.name), '组长', '倡导者',
      r.d2.what, r.d2.howMany, r.d2.statement, r.d2.isNot.where.isNot, r.d2.spec, r.d2.actual,
      r.d3.cleanPoint, '不适用', '188', r.d3.locations.supplier.method,
      ...listOf(r.d4.causes).flatMap((c) => [c.description, c.verification, ...listOf(c.whys).map((w) => w.text)]), '发生原因', '流出原因', '法', '测',
      ...listOf(r.actions).map((a) => a.title), '批次 20261127', r.d5.notes, r.d6.notes, '2026-12-05',
      r.d7.lateral, r.d7.lessons, r.d8.closureCriteria, r.d8.recognition,
      '编制', '审核', '批准', '张工', '质量工程师', '2026-11-25T16:00:00+08:00', '编制本报告', '有效', '手写签字',
    ];
    expect(expected.filter((s) => !body.includes(s))).toEqual([]);
    expect(Object.keys(files).filter((k) => k.startsWith('word/media/'))).toHaveLength(6); // 5 photos + logo
    expect(docText(headers)).toContain('示例机械制造有限公司');
    expect(docText(headers)).toContain('QA1-2026-0042');
    expect(docText(headers)).toContain('华东精密机械有限公司');
    expect(docText(headers)).toContain('液压泵 HP-200');
    expect(footers).toContain('PAGE');
    expect(footers).toContain('NUMPAGES');
    expect(docText(footers)).toContain('第');
    expect(document).toContain('w:eastAsia="SimSun"');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('marks a signature stale when the content changed after signing', async () => {
    const input = sampleReportInput(0);
    const s = signed(input.report);
    input.report = { ...s, d8: { ...s.d8, recognition: '签字后修改' } };
    const body = docText(parts(await buildEightDReport(input)).document);
    expect(body).toContain('内容已修改，签字失效');
  });

  it('names the file 8D-<number>-<customer>-<yyyymmdd>.docx', () => {
    expect(eightDFileName('QA1-2026-0042', '华东 精密/机械', '2026-11-25')).toBe('8D-QA1-2026-0042-华东_精密_机械-20261125.docx');
    expect(recordFormFileName('QA1-2026-0042', '华东', '2026-11-25')).toBe('投诉记录表-QA1-2026-0042-华东-20261125.docx');
  });
});

describe('complaint record form (docx)', () => {
  it('holds the record form fields and the evidence images', async () => {
    const input = sampleRecordFormInput();
    const { files, document, headers } = parts(await buildComplaintRecordForm(input));
    const body = docText(document);
    const c = input.complaint;
    const expected = ['产品质量投诉记录表', c.number, '热线电话', '2026-11-20 10:00', c.customer.name, c.customer.address, c.product.orderNo, '主机厂/OEM', c.details.symptom, '换货、赔偿', c.demand.note, '受理人'];
    expect(expected.filter((s) => !body.includes(s))).toEqual([]);
    expect(Object.keys(files).filter((k) => k.startsWith('word/media/'))).toHaveLength(3);
    expect(docText(headers)).toContain('产品质量投诉记录表');
  });
});

describe.skipIf(!hasSoffice)('LibreOffice conversion (skipped when soffice or pdftotext is not on PATH)', () => {
  it('converts both documents to PDF with the Chinese text intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-pdf-'));
    const report = join(dir, 'report.docx');
    const form = join(dir, 'form.docx');
    writeFileSync(report, await buildEightDReport(sampleReportInput(2)));
    writeFileSync(form, await buildComplaintRecordForm(sampleRecordFormInput()));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, report, form], { stdio: 'ignore', timeout: 120_000 });
    const text = (f: string) => {
      execFileSync('pdftotext', ['-layout', join(dir, f), join(dir, `${f}.txt`)]);
      return readFileSync(join(dir, `${f}.txt`), 'utf8').replace(/\s+/g, '');
    };
    const reportText = text('report.pdf');
    for (const s of ['8D问题解决报告', 'D4根本原因分析', '端盖螺栓拧紧扭矩不足', '第1页/共', 'QA1-2026-0042']) expect(reportText).toContain(s);
    expect(text('form.pdf')).toContain('产品质量投诉记录表');
  }, 180_000);
});
