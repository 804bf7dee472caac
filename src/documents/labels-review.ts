/** Words of the monthly review report (月度客诉分析报告), in the document's language. */
import type { DocLang } from './doc-format';

const zh = {
  title: '月度客诉分析报告',
  period: '统计期间', generated: '编制日期',
  keyFigures: '一、主要指标', onTime: '二、各节点及时率', paretoCategory: '三、按类别（柏拉图）', paretoDefect: '四、按缺陷（柏拉图）',
  top: '五、主要客户与产品', cost: '六、质量成本', overdue: '七、超期案件', unsatisfied: '八、不满意案件', repeats: '九、重复投诉',
  accountability: '十、责任追究 / 考核', actions: '十二、评审会议决定的措施', participants: '参会人员签字',
  counts: { received: '收到投诉', closed: '已关闭', rejected: '已拒绝', open: '未结案', overdue: '已超期', closedInPeriod: '本期关闭', reopened: '重新打开' },
  days: { meanDays: '平均结案天数（自然日）', medianDays: '结案天数中位数（自然日）', meanWorkdays: '平均结案天数（工作日）', medianWorkdays: '结案天数中位数（工作日）' },
  col: {
    milestone: '节点', completed: '已完成', onTime: '按期', lateOpen: '超期未完成', rate: '及时率', item: '项目', count: '件数', share: '占比', cumulative: '累计占比',
    customer: '客户', product: '产品', amount: '金额（元）', number: '编号', kind: '超期节点', due: '期限', overall: '总体评分', reopened: '是否重新打开',
    defect: '缺陷', previous: '前次投诉', department: '责任部门', person: '责任人', points: '扣分', total: '合计',
  },
  kinds: { acknowledge: '确认客户', containment: '紧急遏制', reply: '8D 回复', close: '结案' } as Record<string, string>,
  costKinds: { returnedFen: '退货金额', claimsPaidFen: '索赔支付', replacementFen: '换货', freightFen: '运费', scrapFen: '报废', reworkFen: '返工' } as Record<string, string>,
  figure: { paretoCategory: '图1 按类别柏拉图', paretoDefect: '图2 按缺陷柏拉图', trend: '图3 近12个月收到与关闭件数' },
  trend: '十一、近12个月趋势', month: '月份', received: '收到', closedCount: '关闭', costYuan: '质量成本（元）',
  yes: '是', no: '否', none: '（无）', participant: '参会人', costTotal: '质量成本合计（元）',
};

export type ReviewLabels = typeof zh;

const en: ReviewLabels = {
  title: 'Monthly complaint review',
  period: 'Period', generated: 'Prepared on',
  keyFigures: '1. Key figures', onTime: '2. On-time rate per milestone', paretoCategory: '3. By category (Pareto)', paretoDefect: '4. By defect (Pareto)',
  top: '5. Main customers and products', cost: '6. Cost of quality', overdue: '7. Overdue cases', unsatisfied: '8. Unsatisfied cases', repeats: '9. Repeat complaints',
  accountability: '10. Accountability / assessment', actions: '12. Actions agreed in the review meeting', participants: 'Participants',
  counts: { received: 'Complaints received', closed: 'Closed', rejected: 'Rejected', open: 'Open', overdue: 'Overdue', closedInPeriod: 'Closed in period', reopened: 'Reopened' },
  days: { meanDays: 'Mean days to close (calendar)', medianDays: 'Median days to close (calendar)', meanWorkdays: 'Mean days to close (working)', medianWorkdays: 'Median days to close (working)' },
  col: {
    milestone: 'Milestone', completed: 'Completed', onTime: 'On time', lateOpen: 'Overdue, not done', rate: 'On-time rate', item: 'Item', count: 'Cases', share: 'Share', cumulative: 'Cumulative',
    customer: 'Customer', product: 'Product', amount: 'Amount (CNY)', number: 'No.', kind: 'Overdue milestone', due: 'Due', overall: 'Overall score', reopened: 'Reopened',
    defect: 'Defect', previous: 'Earlier complaint', department: 'Department', person: 'Person', points: 'Points', total: 'Total',
  },
  kinds: { acknowledge: 'Acknowledge', containment: 'Containment', reply: '8D reply', close: 'Closure' },
  costKinds: { returnedFen: 'Returned goods', claimsPaidFen: 'Claims paid', replacementFen: 'Replacement', freightFen: 'Freight', scrapFen: 'Scrap', reworkFen: 'Rework' },
  figure: { paretoCategory: 'Figure 1 Pareto by category', paretoDefect: 'Figure 2 Pareto by defect', trend: 'Figure 3 Received and closed, last 12 months' },
  trend: '11. Trend of the last 12 months', month: 'Month', received: 'Received', closedCount: 'Closed', costYuan: 'Cost of quality (yuan)',
  yes: 'Yes', no: 'No', none: '(none)', participant: 'Participant', costTotal: 'Cost of quality (CNY)',
};

export function reviewLabels(lang: DocLang): ReviewLabels {
  return lang === 'zh-CN' ? zh : en;
}
