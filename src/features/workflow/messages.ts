/**
 * Translations of the workflow feature, merged into the app's resources under
 * the "workflow" key. `codes` mirrors WORKFLOW_CODES (a test checks every one);
 * `errors` are the repository's own refusals.
 */
const zhCN = {
  panel: { title: '处理流程', status: '当前状态', history: '状态记录', noHistory: '暂无状态变更' },
  notice: {
    title: '国务院节假日安排通知', stored: '已导入：', yearSummary: '{{year}} 年：放假 {{holidays}} 天，调休上班 {{workdays}} 天',
    text: '通知全文', placeholder: '粘贴《国务院办公厅关于××××年部分节假日安排的通知》全文', preview: '预览', openFile: '打开文本文件…',
    replaces: '（将替换已导入的 {{year}} 年通知）', date: '日期', kind: '类型', name: '节日', holiday: '放假', workday: '调休上班', save: '保存到日历',
    saved: '{{year}} 年节假日安排已保存；已计算的期限不变',
    problems: {
      noYear: '没有找到年份（通知标题中的“××××年”）', noItems: '没有找到“一、元旦：…”这样的安排条目', badDate: '“{{item}}”中的日期无法识别',
      countMismatch: '“{{item}}”写明共 {{stated}} 天，日期范围却是 {{found}} 天', dayTwice: '{{date}} 出现了两次', tooLarge: '文件过大，不像是一份通知',
    },
  },
  escalation: {
    title: '待我处理（{{count}} 项升级）', number: '投诉编号', customer: '客户', level: '升级到', reason: '原因', at: '升级时间', acknowledge: '已知悉',
    acknowledged: '已确认 {{number}} 的升级', levels: { department: '部门经理', general: '总经理' },
    reasons: { grade: '严重/紧急等级', overdue: '逾期', overdueBy: '逾期 {{count}} 个工作日' },
    settingsTitle: '升级', overdueWorkdays: '逾期超过（工作日）升级到部门经理，超过两倍升级到总经理', generalManager: '总经理', departmentManager: '{{name}} 经理',
    byRole: '（按角色自动）', saved: '升级设置已保存',
  },
  assessment: {
    title: '初步评估', save: '保存评估', saved: '评估已保存', notYet: '尚未评估',
    genuineness: '真实性', severity: '严重程度', urgency: '紧急程度', category: '投诉类别', grade: '等级', department: '责任部门', owner: '负责人',
    proposed: '建议：{{name}}', noOwner: '（未指定）', safetyUrgent: '安全隐患：等级已设为“紧急”，需在 24 小时内完成紧急遏制',
    by: '{{by}} 于 {{at}} 评估',
  },
  genuineness: { genuine: '属实', misunderstanding: '误解', suspectedMalicious: '疑似恶意' },
  severities: { cosmetic: '外观缺陷', functional: '功能失效', performance: '性能不达标', safety: '安全隐患' },
  urgencies: { low: '低', normal: '一般', high: '高', critical: '最高（立即处理）' },
  categories: {
    quality_design: '质量-设计', quality_manufacturing: '质量-制造', quality_assembly: '质量-装配', quality_material: '质量-材料',
    quality_packaging: '质量-包装', quality_performance: '质量-纯度/性能', service: '服务', delivery: '交付', documents: '单证资料',
    transport: '运输/包装破损', other: '其他',
  },
  grades: { general: '一般', important: '重要', serious: '严重', urgent: '紧急' },
  deadlines: {
    title: '期限', none: '尚未计算期限', compute: '计算期限', computed: '期限已计算', kind: '期限', due: '到期', original: '原定', state: '状态',
    slip: '延期', slipTitle: '延期：{{kind}}', newDue: '新期限', reason: '原因', customerInformed: '已告知客户', slipped: '已记录延期',
    slipLine: '{{at}} 延至 {{due}}：{{reason}}（{{informed}}）', informed: '已告知客户', notInformed: '未告知客户', cycle: '第 {{cycle}} 轮',
    completed: '完成于 {{at}}', ended: '{{reason}}于 {{at}}',
  },
  kinds: { acknowledge: '受理答复', containment: '紧急遏制（24 小时）', reply: '8D 回复', close: '结案' },
  states: { ok: '正常', dueToday: '今日到期', overdue: '已逾期', done: '已完成' },
  endReasons: { restarted: '重新开始', notRequired: '不再需要', stopped: '已终止' },
  transitions: {
    title: '状态变更', none: '当前状态无可用操作', confirm: '确认变更', changed: '状态已变更为“{{status}}”', requires: '尚需：{{what}}',
    to: {
      new: '新建', acknowledged: '确认受理', investigating: '开始调查', containment: '紧急遏制', eightD: '进入 8D', replied: '已回复客户',
      followUp: '开始回访', closed: '结案', rejected: '拒绝', reopened: '重新打开',
    },
    rejectionReason: '拒绝理由', note: '说明', managerReason: '经理结案理由',
    closingNote: '结案说明', closeConfirm: '结案后该投诉不再计入处理中，需重新打开才能继续处理。确认结案？', reopenReason: '重新打开的原因',
    replyContent: '回复内容（发送给客户的内容或 8D 报告摘要）', replyMethod: '回复方式', replySentAt: '发送时间',
  },
  replyMethods: { email: '电子邮件', letter: '书面函件', phone: '电话', onSite: '现场', other: '其他' },
  rejectionReasons: { pastShelfLife: '超过保质期/保修期', notOurProduct: '非本公司产品', conformsToContract: '符合合同要求', misuse: '使用不当', other: '其他' },
  followUp: {
    title: '回访', record: '记录回访', method: '回访方式', satisfaction: '满意度（1–5）', comment: '客户意见', saved: '回访已记录',
    reopened: '客户不满意，投诉已重新打开', list: '回访记录', line: '{{at}} {{method}} · 满意度 {{satisfaction}} · {{by}}',
    notNow: '回复客户后才能回访',
  },
  methods: { phone: '电话', email: '电子邮件', onSite: '现场', other: '其他' },
  event: {
    line: '{{from}} → {{to}}', by: '{{by}} 于 {{at}}', override: '经理结案（客户未满意）',
    sentence: '{{at}} {{by}} 将状态从 {{from}} 改为 {{to}}', reply: '回复内容：{{content}}（{{method}}，{{sentAt}} 发送）', note: '说明：{{note}}',
    rejection: '拒绝理由：{{reason}}', satisfaction: '回访满意度：{{satisfaction}}',
  },
  overdue: { badge: '逾期', title: '逾期投诉', tooltip: '逾期共 {{total}} 项：投诉 {{complaints}} 件（最早期限已过），8D 措施 {{actions}} 项（完成期限已过且未完成）' },
  actionList: {
    mine: '我的 8D 措施（{{count}}）', overdue: '逾期 8D 措施（{{count}}）', number: '投诉编号', customer: '客户', discipline: '阶段', title: '措施',
    owner: '负责人', due: '完成期限', noDue: '未定', open: '打开 8D', empty: '没有未完成的 8D 措施',
  },
  views: { all: '全部', mine: '我的工作', overdue: '已逾期', pickPerson: '请先在顶部选择当前人员' },
  settings: {
    deadlinesTitle: '处理期限', deadlinesSaved: '处理期限已保存，新登记的投诉按新期限计算', ackWorkdays: '受理答复（工作日）', containmentHours: '紧急遏制（小时）', replyWorkdays: '8D 回复（工作日）',
    closeWorkdays: '结案目标（工作日，可空）', calendarTitle: '工作日历', date: '日期', kind: '类型', note: '备注', add: '添加',
    remove: '删除', workday: '上班', off: '休息', noStatutory: '{{year}} 年的法定节假日安排尚未收录（已设置 {{count}} 天），请在此添加放假和调休日期。',
    empty: '没有自定义日期',
    grade: {
      hint: '按等级设置（空格沿用上面的期限；改等级时未完成的期限按新等级重新计算）',
      ackWorkdays: '受理(工作日)', containmentHours: '遏制(小时)', replyWorkdays: '8D回复(工作日)', closeWorkdays: '结案(工作日)',
    },
  },
  errors: {
    departmentRequired: '请选择责任部门', ownerUnknown: '负责人不存在或已停用', followUpNotNow: '回复客户后才能回访',
    deadlinesExist: '期限已经计算过',
  },
  codes: {
    calendar: { invalidDate: '日期无效（YYYY-MM-DD）', invalidKind: '类型无效', noteTooLong: '备注过长', duplicateDate: '该日期已设置', invalidZone: '时区无效' },
    escalation: { settingsInvalid: '请输入 1–60 的整数', notYours: '这项升级不是给您的，只有被升级到的人可以确认', alreadyAcknowledged: '这项升级已经确认过' },
    deadline: {
      invalidInstant: '时间无效', slipBeforeReceipt: '新期限不能早于接收时间', slipReasonRequired: '请填写延期原因', slipByRequired: '请选择记录人',
      notInChain: '该期限不存在或已结束', settingsInvalid: '请输入范围内的整数',
    },
    assessment: {
      invalidValue: '请选择', safetyRequiresUrgentGrade: '安全隐患必须定为“紧急”', safetyRequiresCriticalUrgency: '安全隐患的紧急程度必须为最高',
    },
    transition: {
      notAllowed: '当前状态不允许此变更', invalidTime: '时间无效', actorRequired: '需要操作人', d4Required: '8D 的 D4（根本原因）尚未完成',
      d5Required: '8D 的 D5（永久纠正措施）尚未完成', followUpRequired: '需要先记录回访', satisfactionInvalid: '满意度无效',
      satisfactionTooLow: '客户未满意，只有经理可以结案', managerReasonRequired: '经理结案须填写理由', customerSatisfied: '客户已满意，无需重新打开',
      rejectionReasonRequired: '请选择拒绝理由', rejectionNoteRequired: '理由为“其他”时须填写说明',
      eightDMissing: '尚未建立 8D 报告', categoryRequired: '初步评估：尚未确定投诉类别', gradeRequired: '初步评估：尚未确定等级',
      departmentRequired: '初步评估：尚未指定责任部门', ownerRequired: '初步评估：尚未指定负责人',
      replyContentRequired: '请填写回复内容', replyMethodRequired: '请选择回复方式', replySentAtInvalid: '发送时间无效或晚于现在',
      closingNoteRequired: '请填写结案说明', reopenReasonRequired: '请填写重新打开的原因',
      d4OwnerMissing: 'D4：尚未填写负责人', d4DateMissing: 'D4：尚未填写日期',
      d4OccurrenceMissing: 'D4：尚未填写发生原因', d4EscapeMissing: 'D4：尚未填写流出原因（为何未被检出）',
      d4OccurrenceUnverified: 'D4：发生原因尚未验证（原因 {{n}}）', d4EscapeUnverified: 'D4：流出原因尚未验证（原因 {{n}}）',
      d4OccurrenceWhysMissing: 'D4：发生原因缺少 5-Why 分析（原因 {{n}}）', d4EscapeWhysMissing: 'D4：流出原因缺少 5-Why 分析（原因 {{n}}）',
      d5OwnerMissing: 'D5：尚未填写负责人', d5DateMissing: 'D5：尚未填写日期', d5NoVerifiedCause: 'D5：没有已验证的原因可对应措施',
      d5CauseWithoutAction: 'D5：原因 {{n}} 尚无永久纠正措施',
    },
    followUp: {
      invalidTime: '时间无效', invalidMethod: '请选择回访方式', satisfactionRange: '满意度为 1–5 的整数', commentTooLong: '意见过长', byRequired: '需要回访人',
    },
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const en: Shape<typeof zhCN> = {
  panel: { title: 'Workflow', status: 'Status', history: 'Status history', noHistory: 'No status changes yet' },
  notice: {
    title: "State Council holiday notice", stored: 'Imported:', yearSummary: '{{year}}: {{holidays}} days off, {{workdays}} make-up workdays',
    text: 'Notice text', placeholder: 'Paste the full text of the State Council notice on the holidays of the year', preview: 'Preview', openFile: 'Open a text file…',
    replaces: '(replaces the {{year}} notice imported before)', date: 'Date', kind: 'Kind', name: 'Holiday', holiday: 'Day off', workday: 'Make-up workday', save: 'Save to the calendar',
    saved: 'Holidays of {{year}} saved; deadlines already computed keep their dates',
    problems: {
      noYear: 'No year found (the “YYYY年” of the title)', noItems: 'No items like “一、元旦：…” found', badDate: 'A date in “{{item}}” cannot be read',
      countMismatch: '“{{item}}” states {{stated}} days but its dates span {{found}}', dayTwice: '{{date}} is listed twice', tooLarge: 'The file is too large to be a notice',
    },
  },
  escalation: {
    title: 'Needs my attention ({{count}} escalated)', number: 'Complaint no.', customer: 'Customer', level: 'Escalated to', reason: 'Reason', at: 'Escalated at', acknowledge: 'Acknowledge',
    acknowledged: 'Escalation of {{number}} acknowledged', levels: { department: 'Department manager', general: 'General manager' },
    reasons: { grade: 'Serious/urgent grade', overdue: 'Overdue', overdueBy: 'Overdue by {{count}} working days' },
    settingsTitle: 'Escalation', overdueWorkdays: 'Overdue by more than (working days): to the department manager; more than twice: to the general manager', generalManager: 'General manager', departmentManager: '{{name}} manager',
    byRole: '(by role)', saved: 'Escalation settings saved',
  },
  assessment: {
    title: 'Preliminary assessment', save: 'Save assessment', saved: 'Assessment saved', notYet: 'Not assessed yet',
    genuineness: 'Genuineness', severity: 'Severity', urgency: 'Urgency', category: 'Category', grade: 'Grade', department: 'Owning department', owner: 'Owner',
    proposed: 'Proposed: {{name}}', noOwner: '(nobody)', safetyUrgent: 'Safety hazard: the grade is set to urgent; containment is due within 24 hours',
    by: 'Assessed by {{by}} at {{at}}',
  },
  genuineness: { genuine: 'Genuine', misunderstanding: 'Misunderstanding', suspectedMalicious: 'Suspected malicious' },
  severities: { cosmetic: 'Cosmetic defect', functional: 'Functional failure', performance: 'Performance out of spec', safety: 'Safety hazard' },
  urgencies: { low: 'Low', normal: 'Normal', high: 'High', critical: 'Critical (act now)' },
  categories: {
    quality_design: 'Quality – design', quality_manufacturing: 'Quality – manufacturing', quality_assembly: 'Quality – assembly', quality_material: 'Quality – material',
    quality_packaging: 'Quality – packaging', quality_performance: 'Quality – purity/performance', service: 'Service', delivery: 'Delivery', documents: 'Documents',
    transport: 'Transport damage', other: 'Other',
  },
  grades: { general: 'General', important: 'Important', serious: 'Serious', urgent: 'Urgent' },
  deadlines: {
    title: 'Deadlines', none: 'Deadlines not computed yet', compute: 'Compute deadlines', computed: 'Deadlines computed', kind: 'Deadline', due: 'Due', original: 'Original', state: 'State',
    slip: 'Postpone', slipTitle: 'Postpone: {{kind}}', newDue: 'New due date', reason: 'Reason', customerInformed: 'Customer informed', slipped: 'New date recorded',
    slipLine: '{{at}} moved to {{due}}: {{reason}} ({{informed}})', informed: 'customer informed', notInformed: 'customer not informed', cycle: 'cycle {{cycle}}',
    completed: 'Done {{at}}', ended: '{{reason}} {{at}}',
  },
  kinds: { acknowledge: 'Acknowledge', containment: 'Containment (24 h)', reply: '8D reply', close: 'Closure' },
  states: { ok: 'On track', dueToday: 'Due today', overdue: 'Overdue', done: 'Done' },
  endReasons: { restarted: 'Restarted', notRequired: 'No longer required', stopped: 'Stopped' },
  transitions: {
    title: 'Change status', none: 'No action available in this status', confirm: 'Confirm', changed: 'Status changed to “{{status}}”', requires: 'Still needed: {{what}}',
    to: {
      new: 'New', acknowledged: 'Acknowledge', investigating: 'Start investigation', containment: 'Containment', eightD: 'Start 8D', replied: 'Replied to customer',
      followUp: 'Start follow-up', closed: 'Close', rejected: 'Reject', reopened: 'Reopen',
    },
    rejectionReason: 'Rejection reason', note: 'Note', managerReason: "Manager's reason for closing",
    closingNote: 'Closing note', closeConfirm: 'A closed complaint is no longer in progress; it must be reopened to work on it again. Close it?', reopenReason: 'Why it is reopened',
    replyContent: 'What was sent (the reply or a summary of the 8D report)', replyMethod: 'Sent by', replySentAt: 'Sent at',
  },
  replyMethods: { email: 'E-mail', letter: 'Letter', phone: 'Phone', onSite: 'On site', other: 'Other' },
  rejectionReasons: { pastShelfLife: 'Past shelf life / warranty', notOurProduct: 'Not our product', conformsToContract: 'Conforms to the contract', misuse: 'Misuse', other: 'Other' },
  followUp: {
    title: 'Follow-up', record: 'Record follow-up', method: 'Method', satisfaction: 'Satisfaction (1–5)', comment: "Customer's comment", saved: 'Follow-up recorded',
    reopened: 'Customer not satisfied: the complaint is reopened', list: 'Follow-ups', line: '{{at}} {{method}} · satisfaction {{satisfaction}} · {{by}}',
    notNow: 'Follow up after the reply',
  },
  methods: { phone: 'Phone', email: 'E-mail', onSite: 'On site', other: 'Other' },
  event: {
    line: '{{from}} → {{to}}', by: '{{by}} at {{at}}', override: 'Closed by a manager (customer not satisfied)',
    sentence: '{{at}} {{by}} changed the status from {{from}} to {{to}}', reply: 'Reply sent: {{content}} ({{method}}, {{sentAt}})', note: 'Note: {{note}}',
    rejection: 'Rejection reason: {{reason}}', satisfaction: 'Satisfaction: {{satisfaction}}',
  },
  overdue: { badge: 'Overdue', title: 'Overdue complaints', tooltip: '{{total}} overdue: {{complaints}} complaints (earliest deadline passed), {{actions}} 8D actions (due date passed, not done)' },
  actionList: {
    mine: 'My 8D actions ({{count}})', overdue: 'Overdue 8D actions ({{count}})', number: 'Complaint', customer: 'Customer', discipline: 'Step', title: 'Action',
    owner: 'Owner', due: 'Due', noDue: 'Not set', open: 'Open 8D', empty: 'No open 8D actions',
  },
  views: { all: 'All', mine: 'My work', overdue: 'Overdue', pickPerson: 'Choose who you are in the header first' },
  settings: {
    deadlinesTitle: 'Deadlines', deadlinesSaved: 'Deadlines saved; complaints received from now on use them', ackWorkdays: 'Acknowledge (working days)', containmentHours: 'Containment (hours)', replyWorkdays: '8D reply (working days)',
    closeWorkdays: 'Closure target (working days, optional)', calendarTitle: 'Working calendar', date: 'Date', kind: 'Kind', note: 'Note', add: 'Add',
    remove: 'Remove', workday: 'Working day', off: 'Day off', noStatutory: 'The statutory holidays of {{year}} are not known yet ({{count}} days set): add its holidays and make-up workdays here.',
    empty: 'No custom days',
    grade: {
      hint: 'Per grade (an empty cell uses the lengths above; when a case is regraded its open deadlines are counted again)',
      ackWorkdays: 'Ack. (working days)', containmentHours: 'Contain. (hours)', replyWorkdays: '8D reply (w. days)', closeWorkdays: 'Close (w. days)',
    },
  },
  errors: {
    departmentRequired: 'Choose the owning department', ownerUnknown: 'The owner does not exist or is inactive', followUpNotNow: 'Follow up after the reply',
    deadlinesExist: 'The deadlines are already computed',
  },
  codes: {
    calendar: { invalidDate: 'Invalid date (YYYY-MM-DD)', invalidKind: 'Invalid kind', noteTooLong: 'Note too long', duplicateDate: 'This date is already set', invalidZone: 'Invalid time zone' },
    escalation: { settingsInvalid: 'Enter a whole number from 1 to 60', notYours: 'This escalation is not addressed to you: only the person it went to can acknowledge it', alreadyAcknowledged: 'This escalation is already acknowledged' },
    deadline: {
      invalidInstant: 'Invalid time', slipBeforeReceipt: 'The new date cannot be before the receipt', slipReasonRequired: 'Give the reason for the delay', slipByRequired: 'Who records it is required',
      notInChain: 'This deadline does not exist or has ended', settingsInvalid: 'Enter a whole number in range',
    },
    assessment: {
      invalidValue: 'Choose a value', safetyRequiresUrgentGrade: 'A safety hazard must be graded urgent', safetyRequiresCriticalUrgency: 'A safety hazard must be critical',
    },
    transition: {
      notAllowed: 'This change is not allowed in the current status', invalidTime: 'Invalid time', actorRequired: 'Who acts is required', d4Required: "The 8D's D4 (root cause) is not done",
      d5Required: "The 8D's D5 (permanent corrective actions) is not done", followUpRequired: 'Record a follow-up first', satisfactionInvalid: 'Invalid satisfaction',
      satisfactionTooLow: 'The customer is not satisfied: only a manager may close', managerReasonRequired: 'A manager closing must give a reason', customerSatisfied: 'The customer is satisfied: nothing to reopen',
      rejectionReasonRequired: 'Choose a rejection reason', rejectionNoteRequired: 'Reason "other" needs a note',
      eightDMissing: 'There is no 8D report yet', categoryRequired: 'Assessment: no category yet', gradeRequired: 'Assessment: no grade yet',
      departmentRequired: 'Assessment: no owning department yet', ownerRequired: 'Assessment: no owner yet',
      replyContentRequired: 'Enter what was sent', replyMethodRequired: 'Choose how it was sent', replySentAtInvalid: 'The sending time is invalid or in the future',
      closingNoteRequired: 'Enter the closing note', reopenReasonRequired: 'Enter why the case is reopened',
      d4OwnerMissing: 'D4: no owner yet', d4DateMissing: 'D4: no date yet',
      d4OccurrenceMissing: 'D4: no occurrence cause yet', d4EscapeMissing: 'D4: no escape cause (why it was not detected) yet',
      d4OccurrenceUnverified: 'D4: occurrence cause not verified (cause {{n}})', d4EscapeUnverified: 'D4: escape cause not verified (cause {{n}})',
      d4OccurrenceWhysMissing: 'D4: occurrence cause has no 5-Why chain (cause {{n}})', d4EscapeWhysMissing: 'D4: escape cause has no 5-Why chain (cause {{n}})',
      d5OwnerMissing: 'D5: no owner yet', d5DateMissing: 'D5: no date yet', d5NoVerifiedCause: 'D5: no verified cause to act on',
      d5CauseWithoutAction: 'D5: cause {{n}} has no permanent corrective action',
    },
    followUp: {
      invalidTime: 'Invalid time', invalidMethod: 'Choose the method', satisfactionRange: 'Satisfaction is a whole number 1–5', commentTooLong: 'Comment too long', byRequired: 'Who followed up is required',
    },
  },
};

export const messages = {
  zhCN: { workflow: zhCN },
  en: { workflow: en },
};
