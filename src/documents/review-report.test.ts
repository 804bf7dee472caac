import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../domain/calendar/work-calendar';
import { computeReview } from '../domain/review/compute';
import { periodBounds } from '../domain/review/period';
import { FIXTURE_NOW, REVIEW_FIXTURE } from '../domain/review/review-fixture';
import { DEFAULT_SURVEY_ITEMS } from '../domain/workflow/survey';
import { docxParts, internalMarks } from './docx-test-support';
import { buildReviewReport, reviewReportFileName } from './review-report';
import { SAMPLE_COMPANY } from './sample-data';

async function report(lang: 'zh-CN' | 'en') {
  const b = periodBounds({ kind: 'month', year: 2026, month: 9 }, 'Asia/Shanghai');
  if (!b.ok) throw new Error(b.code);
  const figures = computeReview(REVIEW_FIXTURE, b.value, {}, { zone: 'Asia/Shanghai', now: FIXTURE_NOW, calendar: createWorkCalendar(), satisfiedFrom: 4, surveyItems: DEFAULT_SURVEY_ITEMS });
  return docxParts(await buildReviewReport({
    lang, company: SAMPLE_COMPANY, form: { formNo: 'QR-9.3-01', revision: 'A/0' }, period: b.value, preparedOn: '2026-10-12', timeZone: 'Asia/Shanghai', figures,
    names: { category: (k) => (k === 'quality_manufacturing' ? '制造质量' : k || '未评估'), department: (k) => (k === 'dq' ? '质量部' : k) },
    actions: '加强来料检验，李四，2026-10-31\n\n更新作业指导书，张三，2026-11-15', participants: '王经理\n李四',
  }));
}

describe('monthly review report (Word)', () => {
  it('carries the period, key figures, Pareto, cases, actions and participants', async () => {
    const doc = await report('zh-CN');
    expect(doc.body).toContain('月度客诉分析报告');
    expect(doc.body).toContain('2026年9月1日 – 2026年9月30日');
    expect(doc.body).toMatch(/收到投诉\s*24/);
    expect(doc.body).toContain('制造质量');
    expect(doc.body).toContain('33.3%');
    expect(doc.body).toContain('QA1-2026-0011');
    expect(doc.body).toContain('1. 加强来料检验，李四，2026-10-31');
    expect(doc.body).toContain('2. 更新作业指导书');
    expect(doc.body).toContain('王经理');
    expect(doc.body).toContain('2070.00');
    expect(doc.headerText).toContain('QR-9.3-01');
    expect(doc.footerText).toContain('页');
    expect(internalMarks(doc.all)).toEqual([]);
  });

  it('is written in English for an English user', async () => {
    const doc = await report('en');
    expect(doc.body).toContain('Monthly complaint review');
    expect(doc.body).toContain('On-time rate per milestone');
    expect(reviewReportFileName({ from: '2026-09-01', to: '2026-09-30' }, 'zh-CN')).toBe('月度客诉分析报告-2026-09.docx');
  });
});
