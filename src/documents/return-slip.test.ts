import { describe, expect, it } from 'vitest';
import { buildReturnSlipDocx, pngBytes } from './return-slip';
import { buildRefusalLetterDocx } from './refusal-letter';
import { slipModel } from './return-slip-parts';
import { docxParts, internalMarks } from './docx-test-support';
import { SAMPLE_COMPANY, SAMPLE_FORMS, sampleRefusal, sampleSlip } from './sample-data';
import { approval, receipt, requestWorth } from '../domain/returns/test-fixtures';

const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('return slip', () => {
  const c = {
    request: requestWorth(250_000),
    submittedAt: '2026-03-02T01:00:00Z',
    decision: { kind: 'accept' as const, note: '' },
    approvals: [
      approval({ contentHash: 'a'.repeat(64), signatureImage: TINY_PNG }),
      approval({ id: 'A2', role: 'generalManager', signerName: '王总', signerId: 'P-GM', contentHash: 'a'.repeat(64) }),
      approval({ id: 'A3', signerName: '作废人', contentHash: 'b'.repeat(64), voided: { at: '2026-03-02T10:00:00+08:00', reason: 'approval.voidedContentChanged' } }),
    ],
    receipt: receipt([{ lineId: 'L1', countedQty: 1, location: 'A-01', isolationTag: 'isolated' }]),
  };
  const model = slipModel(c, { number: 'RT-QA1-2026-0001', createdAt: '2026-03-02T01:00:00Z', company: '示例电器厂', timeZone: 'Asia/Shanghai' });

  it('models figures, capitals, live approvals only, and times without a zone', () => {
    expect(model.totalFigures).toBe('¥2,500.00');
    expect(model.totalCapitals).toBe('人民币贰仟伍佰元整');
    expect(model.approvals.map((a) => a.name)).toEqual(['李经理', '王总']);
    expect(model.approvals[0]?.at).toBe('2026年3月2日 09:30');
    expect(model.date).toBe('2026年3月2日');
    expect(model.lines[0]?.received).toBe('1');
    expect(model.signers.approver?.name).toBe('王总');
  });

  it('builds a Word file with a numbered row per line, right-aligned amounts, 10.5 pt, the tracking number and separate signature cells', async () => {
    const m = sampleSlip();
    const d = docxParts(await buildReturnSlipDocx(m, SAMPLE_COMPANY, SAMPLE_FORMS.returnSlip));
    const expected = [
      '退货单', '序号', '产品编号/名称/规格', '单位', '批号/日期', '缺陷/退货原因', '申请数', '实收数', '合格数', '不合格数', '责任', '单价(元)', '金额(元)', '处置',
      '电容器', '薄膜电容器', '只', '生产 2026年1月5日', '发货 2026年1月10日', '供应商', '2,500.00', '250.00', '¥2,750.00', '人民币贰仟柒佰伍拾元整',
      '客户退货运单号', 'SF1234567890123', '审批记录', '李经理', '王总', '2026年3月2日 09:30',
      '申请人', '审核人', '仓库', '质检', '批准人', '客户签收人', '赵仓管', '孙质检',
    ];
    expect(expected.filter((s) => !d.body.includes(s))).toEqual([]);
    for (const s of ['示例机械制造有限公司', 'RT-QA1-2026-0001', 'QR-8.3-05']) expect(d.headerText).toContain(s);
    expect(d.styles).toContain('<w:sz w:val="21"/>');
    expect(d.document).toMatch(/<w:jc w:val="right"\/>(?:(?!<\/w:p>).)*2,500\.00/s);
    expect(internalMarks(d.all)).toEqual([]);
    expect(d.body).not.toMatch(/\b(Asia|approved|Date|Page)\b/);
  });

  it('leaves voided approvals out of the Word file', async () => {
    const d = docxParts(await buildReturnSlipDocx(model, SAMPLE_COMPANY));
    expect(d.body).not.toContain('作废人');
    expect(d.media.length).toBeGreaterThanOrEqual(3); // logo, QR code, drawn signature
  });

  it('is written in English when asked', async () => {
    const d = docxParts(await buildReturnSlipDocx(sampleSlip('en'), SAMPLE_COMPANY));
    for (const s of ['Return Slip', "Customer's tracking no.", "Customer's receiver", '2 Mar 2026 09:30', 'Requested', 'Settled (figures)']) expect(d.body).toContain(s);
  });

  it('decodes only PNG data URLs', () => {
    expect(pngBytes(TINY_PNG)?.[1]).toBe(0x50);
    expect(pngBytes('data:image/jpeg;base64,AAAA')).toBeUndefined();
  });
});

describe('refusal letter', () => {
  it('is a business letter: addressee, the claim and its date, the reason in plain words, next steps, contact, company and date with the seal place; no signature lines', async () => {
    const d = docxParts(await buildRefusalLetterDocx(sampleRefusal(), SAMPLE_COMPANY, SAMPLE_FORMS.refusalLetter));
    const expected = [
      '关于退货/索赔申请的答复函', '华东电器有限公司', '王工 先生/女士', '2026年11月28日', 'SO-2026-0101', 'RT-QA1-2026-0002',
      '已超过约定的保质期', '十五日内', '联系人：陈客服', '0571-8888 6666 转 802', '示例机械制造有限公司', '（盖章处）', '2026年12月8日',
    ];
    expect(expected.filter((s) => !d.body.includes(s))).toEqual([]);
    expect(d.body).not.toMatch(/经办人|审核人|批准人|签字/);
    expect(d.document).toMatch(/<w:jc w:val="right"\/>(?:(?!<\/w:p>).)*盖章处/s);
    expect(internalMarks(d.all)).toEqual([]);
  });

  it('is written in English when asked', async () => {
    const d = docxParts(await buildRefusalLetterDocx(sampleRefusal('en'), SAMPLE_COMPANY));
    for (const s of ['Dear 王工', 'past the agreed shelf life', '28 Nov 2026', 'Example Machinery Manufacturing Co., Ltd.', '(company seal)']) expect(d.body).toContain(s);
  });
});
