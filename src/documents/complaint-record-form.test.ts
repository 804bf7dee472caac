import { describe, expect, it } from 'vitest';
import { buildComplaintRecordForm } from './complaint-record-form';
import { docxParts, internalMarks } from './docx-test-support';
import { sampleRecordFormInput } from './sample-data';

describe('complaint record form (docx)', () => {
  it('holds every field of the procedure form, evidence photos with captions and filled signature cells', async () => {
    const input = sampleRecordFormInput();
    const d = docxParts(await buildComplaintRecordForm(input));
    const c = input.complaint;
    const expected = [
      '产品质量投诉记录表', '受理信息', '投诉编号', c.number, '投诉渠道', '热线电话', '接收时间', '2026年11月20日 10:00', '接收人',
      '客户名称', c.customer.name, '客户单位', c.customer.company, c.customer.address, '订单号', c.product.orderNo, '主机厂/OEM', '发货日期', '2026年11月5日',
      '问题描述', c.details.symptom, '客户诉求', '换货、赔偿', c.demand.note,
      '初步评估', '属实、功能失效、质量-装配、重要', '初步原因判定', '端盖螺栓拧紧扭矩不足', '处理意见', '责任部门', '质量部', '处理结果', '跟踪验证/回访', '满意度 5/5', '结案日期', '2026年12月15日',
      '图 1', '泵体接合面渗油位置', '受理人', '审核人', '批准', '王客服',
    ];
    expect(expected.filter((s) => !d.body.includes(s))).toEqual([]);
    expect(d.media).toHaveLength(3);
    expect(d.headerText).toContain('示例机械制造有限公司');
    expect(d.headerText).toContain('QR-8.2-01');
    expect(internalMarks(d.all)).toEqual([]);
    expect(d.all).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('is written in English when asked', async () => {
    const d = docxParts(await buildComplaintRecordForm(sampleRecordFormInput('en')));
    for (const s of ['Product Quality Complaint Record', 'Initial cause judgement', 'Responsible department', 'Approved by', '20 Nov 2026 10:00']) expect(d.body).toContain(s);
  });
});
