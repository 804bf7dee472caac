import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../domain/calendar/work-calendar';
import { computeReview } from '../domain/review/compute';
import { periodBounds } from '../domain/review/period';
import { FIXTURE_NOW, REVIEW_FIXTURE } from '../domain/review/review-fixture';
import { DEFAULT_SURVEY_ITEMS } from '../domain/workflow/survey';
import { docxParts, internalMarks } from './docx-test-support';
import * as echarts from 'echarts';
import { strFromU8 } from 'fflate';
import { reviewCharts } from '../domain/review/chart-options';
import { reportChartSvgs } from '../domain/review/chart-svg';
import { buildReviewReport, reviewReportFileName, type ReviewReportInput } from './review-report';
import { makePng } from './sample-images';
import { SAMPLE_COMPANY } from './sample-data';

async function report(lang: 'zh-CN' | 'en', charts?: ReviewReportInput['charts']) {
  const b = periodBounds({ kind: 'month', year: 2026, month: 9 }, 'Asia/Shanghai');
  if (!b.ok) throw new Error(b.code);
  const figures = computeReview(REVIEW_FIXTURE, b.value, {}, { zone: 'Asia/Shanghai', now: FIXTURE_NOW, calendar: createWorkCalendar(), satisfiedFrom: 4, surveyItems: DEFAULT_SURVEY_ITEMS });
  return docxParts(await buildReviewReport({
    lang, company: SAMPLE_COMPANY, form: { formNo: 'QR-9.3-01', revision: 'A/0' }, period: b.value, preparedOn: '2026-10-12', timeZone: 'Asia/Shanghai', figures,
    names: { category: (k) => (k === 'quality_manufacturing' ? '制造质量' : k || '未评估'), department: (k) => (k === 'dq' ? '质量部' : k) },
    actions: '加强来料检验，李四，2026-10-31\n\n更新作业指导书，张三，2026-11-15', participants: '王经理\n李四', charts,
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

  it('embeds the three charts as SVG with their PNG, each with its caption, and leaves them out when not given', async () => {
    const b = periodBounds({ kind: 'month', year: 2026, month: 9 }, 'Asia/Shanghai');
    if (!b.ok) throw new Error(b.code);
    const figures = computeReview(REVIEW_FIXTURE, b.value, {}, { zone: 'Asia/Shanghai', now: FIXTURE_NOW, calendar: createWorkCalendar(), satisfiedFrom: 4, surveyItems: DEFAULT_SURVEY_ITEMS });
    const svgs = reportChartSvgs(echarts, reviewCharts(figures, { category: (k) => (k === 'quality_manufacturing' ? '制造质量' : k), count: '件数', cumulative: '累计占比', received: '收到', closed: '关闭' }, 15));
    expect(svgs.paretoCategory.svg).toContain('制造质量');
    expect(svgs.trend.svg).toContain('2026-09');
    const doc = await report('zh-CN', {
      paretoCategory: { ...svgs.paretoCategory, png: makePng(64, 30, 1) },
      paretoDefect: svgs.paretoDefect,
      trend: { ...svgs.trend, png: makePng(64, 30, 2) },
    });
    expect(doc.media.filter((m) => m.endsWith('.svg'))).toHaveLength(3);
    // two given PNGs, one white pixel for the chart given without, and the logo.
    expect(doc.media.filter((m) => m.endsWith('.png')).length).toBeGreaterThanOrEqual(3);
    expect(doc.media.map((m) => strFromU8(doc.files[m]!)).some((t) => t.includes('累计占比'))).toBe(true);
    for (const caption of ['图1 按类别柏拉图', '图2 按缺陷柏拉图', '图3 近12个月收到与关闭件数']) expect(doc.body).toContain(caption);
    expect(doc.body.indexOf('图1 按类别柏拉图')).toBeLessThan(doc.body.indexOf('四、按缺陷'));
    const plain = await report('zh-CN');
    expect(plain.media.filter((m) => m.endsWith('.svg'))).toEqual([]);
    expect(plain.body).not.toContain('图1');
  });
});
