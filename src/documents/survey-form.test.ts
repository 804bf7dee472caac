import { describe, expect, it } from 'vitest';
import { docxParts, internalMarks } from './docx-test-support';
import { buildSurveyForm, surveyFormFileName } from './survey-form';
import { SAMPLE_COMPANY } from './sample-data';

describe('satisfaction survey form (Word)', () => {
  it('lists the configured items with five boxes each, the case, and a signature cell', async () => {
    const doc = docxParts(await buildSurveyForm({
      lang: 'zh-CN', company: SAMPLE_COMPANY, form: { formNo: 'QR-8.2-01', revision: 'A/0' },
      complaint: { number: 'QA1-2026-0042', customer: '华东精密', product: '液压泵', receivedOn: '2026-11-20', symptom: '泵体漏油' },
      items: ['产品质量', '交付', '包装'],
    }));
    expect(doc.body).toContain('顾客满意度调查表');
    expect(doc.body).toContain('2026年11月20日');
    expect(doc.body).toContain('包装□□□□□');
    expect(doc.body).toContain('非常不满意 1');
    expect(doc.body).toContain('答复人（签字）');
    expect(doc.headerText).toContain('QA1-2026-0042');
    expect(internalMarks(doc.all)).toEqual([]);
    expect(surveyFormFileName('QA1-2026-0042', 'en')).toBe('Customer_satisfaction_survey-QA1-2026-0042.docx');
  });
});
