import { describe, expect, it } from 'vitest';
import { buildEightDReport, eightDFileName, reportVersion } from './eightd-report';
import { recordFormFileName } from './complaint-record-form';
import { docxParts, internalMarks } from './docx-test-support';
import { sampleReportInput } from './sample-data';
import { listOf } from '../domain/eightd/keyed';

describe('8D report (docx)', () => {
  it('holds the header block, every discipline, photos with their captions, signatures and the customer confirmation', async () => {
    const input = sampleReportInput(5);
    const d = docxParts(await buildEightDReport(input));
    const r = input.report;
    const expected = [
      '8D 问题解决报告', '8D 编号', '8D-QA1-2026-0042', '报告版本', '第 1 版', '报告状态', '最终报告', '立案日期', '2026年11月20日', '报告日期', '2026年12月8日',
      '客户投诉编号', 'HD-CQ-2026-118', '客户联系人', '王磊', '零件号/型号', '零件名称', '图纸版本', '交付数量', '不良数量', '不良率', '6.00%', 'PPM', '60000', '严重度', '功能失效',
      'D0 准备与紧急响应', 'D1 成立小组', 'D2 问题描述', 'D3 临时遏制措施', 'D4 根本原因分析', 'D5 永久纠正措施', 'D6 实施与效果验证', 'D7 预防再发生', 'D8 结案与团队表彰',
      '客户代表', r.d1.customerRep, '什么问题', '谁发现', '何时发现', '何地发现', '为何是问题', '如何发现', '发现多少',
      '效果验证数据', r.d6.verificationData, '验证日期', '2026年12月5日',
      ...listOf(r.d4.causes).flatMap((c) => [c.description, ...listOf(c.whys).map((w) => w.text)]),
      '图 1', '泵体接合面渗油位置', '图 5', '保压试验台',
      '签字', '编制', '审核', '批准', '张工', '质量工程师', '编制本报告', '2026年12月8日 16:00', '客户确认', '客户确认人', '确认日期', '□ 接受',
    ];
    expect(expected.filter((s) => !d.body.includes(s))).toEqual([]);
    expect(d.body).not.toContain('IMG_'); // captions, never file names
    expect(d.media).toHaveLength(6); // 5 photos + logo
    for (const s of ['示例机械制造有限公司', 'Example Machinery Manufacturing Co., Ltd.', 'QR-8.5-03', 'A/0', '8D-QA1-2026-0042', '0571-8888 6666']) expect(d.headerText).toContain(s);
    expect(d.footers).toContain('PAGE');
    expect(d.footers).toContain('NUMPAGES');
    expect(d.document).toContain('w:val="Heading1"');
    expect(d.document).toContain('w:val="Title"');
    expect(d.styles).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
    expect(internalMarks(d.all)).toEqual([]);
    expect(d.all).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(d.body).not.toMatch(/\((What|Who|When|Where|Why|How)/);
  });

  it('does not print a signature made over other content, and states the new version', async () => {
    const input = sampleReportInput(0);
    expect(reportVersion(input.report)).toBe(1);
    input.report = { ...input.report, d8: { ...input.report.d8, recognition: '签字后修改' } };
    expect(reportVersion(input.report)).toBe(2);
    const d = docxParts(await buildEightDReport(input));
    expect(d.body).toContain('第 2 版');
    expect(d.body).not.toContain('张工质量工程师'); // the preparer's stale signature row is blank
    expect(d.body).not.toContain('编制本报告');
    expect(internalMarks(d.all)).toEqual([]);
  });

  it('is written in English when asked, with the language set', async () => {
    const d = docxParts(await buildEightDReport(sampleReportInput(1, 'en')));
    for (const s of ['8D Report', 'D4 Root cause analysis', 'Customer representative', 'Verification data', 'Customer confirmation', '8 Dec 2026', 'Figure 1']) expect(d.body).toContain(s);
    expect(d.footerText).toContain('Page');
    expect(d.styles).toContain('w:val="en-US"');
    expect(d.body).not.toContain('问题解决报告');
  });

  it('shows a visible placeholder while the company name is not set', async () => {
    const input = sampleReportInput(0);
    input.company = { ...input.company, name: '', nameEn: '', logo: null };
    expect(docxParts(await buildEightDReport(input)).headerText).toContain('（公司名称未设置）');
  });

  it('names the file 8D-<number>-<customer>-<yyyymmdd>.docx', () => {
    expect(eightDFileName('QA1-2026-0042', '华东 精密/机械', '2026-11-25')).toBe('8D-QA1-2026-0042-华东_精密_机械-20261125.docx');
    expect(recordFormFileName('QA1-2026-0042', '华东', '2026-11-25')).toBe('投诉记录表-QA1-2026-0042-华东-20261125.docx');
  });
});
