/**
 * Translations of the returns feature, merged into the app's resources under the
 * "returns" key. Domain codes ('approval.wrongRole', 'money.negative', …) are
 * translated under returns.codes.<code>, so the feature owns all of its text.
 */
const zhCodes = {
  returns: {
    required: '必填', tooLong: '内容过长', invalidDate: '日期无效（格式 YYYY-MM-DD）', invalidEnum: '请选择有效选项',
    qtyNotInteger: '数量必须是整数', qtyNegative: '数量不能为负数', qtyRequestedNotPositive: '退货数量必须大于 0',
    qtyRequestedOverShipped: '退货数量超过发货数量：如属实请勾选确认', priceNotInteger: '金额无效', priceNegative: '金额不能为负数',
    amountTooLarge: '金额或数量过大', noLines: '至少需要一行产品', duplicateLineId: '产品行重复', invalid: '输入无效',
  },
  approval: {
    wrongRole: '当前操作人的角色与所需审批角色不符，不能签字', notRequired: '该金额不需要此角色审批', alreadySigned: '此角色已签字',
    sameSignerTwice: '同一人不能签两个审批', invalidInstant: '时间无效', invalidSignatureImage: '签名图片无效', signatureTooLarge: '签名图片过大',
    invalidHash: '内容摘要无效', commentRequiredForRejection: '不批准时必须填写意见', thresholdOrder: '总经理审批金额不能低于经理审批金额',
    invalidTimeZone: '时区无效', voidedContentChanged: '申请内容已修改，签字作废',
  },
  claim: { noteRequired: '选择“其他原因”时必须填写说明', invalidReason: '请选择拒赔原因' },
  receipt: {
    lineMissing: '每一行都要填写实收数量', unknownLine: '未知的产品行', duplicateLine: '产品行重复',
    overReceiptNotConfirmed: '实收数量超过发货数量：请勾选“确认超收”', locationRequired: '请填写库位', outcomeMismatch: '实收为 0 时只能选择“拒收”',
  },
  judgement: {
    lineMissing: '每一行已收货物都要判定', unknownLine: '未知的产品行', duplicateLine: '产品行重复',
    sumMismatch: '合格数 + 不合格数必须等于检验数', inspectedOverCounted: '检验数不能超过实收数', responsibilityRequired: '有不合格品时必须选择责任',
  },
  disposition: {
    unknownLine: '未知的产品行', duplicateLine: '产品行重复', sumMismatch: '处置数量合计必须等于实收数量',
    qtyNotPositive: '处置数量必须大于 0', refundAmountRequired: '退款必须填写金额',
  },
  photo: {
    notImage: '不是图片文件（只接受 JPG、PNG、GIF、BMP 照片），未保存', tooLarge: '图片过大（单个不超过 50 MB），未保存',
    unknownLine: '照片对应的产品行不存在', tooMany: '照片过多（每张退货单最多 60 张）',
  },
  money: {
    empty: '请填写金额', notNumber: '金额不是数字', negative: '金额不能为负数', tooManyDecimals: '金额最多两位小数',
    tooLarge: '金额过大', notInteger: '金额无效', overflow: '金额过大',
  },
  repo: {
    notFound: '找不到该退货单', changedMeanwhile: '该退货单刚被修改，请重新确认后再操作', wrongStage: '当前状态下不能执行此步骤',
    noActingPerson: '只能以登录的本人身份签字', claimDecisionFirst: '须先受理索赔，才能审批退货', managerFirst: '须先由市场部经理批准，总经理才能审批', lockedAfterReceipt: '仓库已收货，申请和拒赔决定不能再修改',
    measurementInvalid: '实测值无效：须为数字，且属于该行产品档案中有规格限的特性',
  },
};

const enCodes: typeof zhCodes = {
  returns: {
    required: 'Required', tooLong: 'Too long', invalidDate: 'Invalid date (YYYY-MM-DD)', invalidEnum: 'Choose a valid option',
    qtyNotInteger: 'Quantity must be a whole number', qtyNegative: 'Quantity cannot be negative', qtyRequestedNotPositive: 'Return quantity must be more than 0',
    qtyRequestedOverShipped: 'More returned than shipped: tick the confirmation if that is right', priceNotInteger: 'Invalid amount', priceNegative: 'Amount cannot be negative',
    amountTooLarge: 'Amount or quantity too large', noLines: 'At least one product line is needed', duplicateLineId: 'Duplicate product line', invalid: 'Invalid input',
  },
  approval: {
    wrongRole: "The acting person's role does not match the required approval role", notRequired: 'This amount does not need this role\'s approval', alreadySigned: 'This role has already signed',
    sameSignerTwice: 'One person cannot sign two approvals', invalidInstant: 'Invalid time', invalidSignatureImage: 'Invalid signature image', signatureTooLarge: 'Signature image too large',
    invalidHash: 'Invalid content hash', commentRequiredForRejection: 'A rejection needs a comment', thresholdOrder: "The general manager's threshold cannot be below the manager's",
    invalidTimeZone: 'Invalid time zone', voidedContentChanged: 'Request changed: signature void',
  },
  claim: { noteRequired: 'A refusal for "other" needs a note', invalidReason: 'Choose a refusal reason' },
  receipt: {
    lineMissing: 'Enter the counted quantity for every line', unknownLine: 'Unknown line', duplicateLine: 'Duplicate line',
    overReceiptNotConfirmed: 'More received than shipped: tick "confirm over-receipt"', locationRequired: 'Enter the storage location', outcomeMismatch: 'Nothing counted: only "refused" is possible',
  },
  judgement: {
    lineMissing: 'Every received line must be judged', unknownLine: 'Unknown line', duplicateLine: 'Duplicate line',
    sumMismatch: 'Conforming + nonconforming must equal inspected', inspectedOverCounted: 'Cannot inspect more than was received', responsibilityRequired: 'Choose a responsibility for nonconforming goods',
  },
  disposition: {
    unknownLine: 'Unknown line', duplicateLine: 'Duplicate line', sumMismatch: 'Disposed quantities must add up to the received quantity',
    qtyNotPositive: 'Quantity must be more than 0', refundAmountRequired: 'A refund needs an amount',
  },
  photo: {
    notImage: 'Not an image (only JPG, PNG, GIF or BMP photos are accepted): not saved', tooLarge: 'Image too large (at most 50 MB each): not saved',
    unknownLine: 'The photo\'s product line does not exist', tooMany: 'Too many photos (at most 60 per return)',
  },
  money: {
    empty: 'Enter an amount', notNumber: 'Not a number', negative: 'Amount cannot be negative', tooManyDecimals: 'At most two decimals',
    tooLarge: 'Amount too large', notInteger: 'Invalid amount', overflow: 'Amount too large',
  },
  repo: {
    notFound: 'Return not found', changedMeanwhile: 'This return was just changed: check it and try again', wrongStage: 'This step is not possible at the current status',
    noActingPerson: 'You can only sign as yourself, the person logged in', claimDecisionFirst: 'The claim must be accepted before the return is approved', managerFirst: 'The marketing manager approves first, then the general manager', lockedAfterReceipt: 'Goods received: the request and the claim decision can no longer change',
    measurementInvalid: "Invalid measured value: a number, for a characteristic with limits in the line's product master",
  },
};

export const messages = {
  zhCN: {
    returns: {
      nav: '退货/索赔',
      codes: zhCodes,
      statuses: { draft: '草稿', pendingApproval: '待审批', approved: '已批准', refused: '已拒绝', received: '已收货', judged: '已判定', closed: '已结案' },
      returnTypes: { defectiveInUse: '使用不良', bulkReturn: '批量退货', repair: '返修', wrongShipment: '错发' },
      freight: { customer: '客户承担', us: '我方承担', carrier: '承运方承担' },
      refusalReasons: { pastShelfLife: '超过保质期', pastWarranty: '超过质保期', notOurProduct: '非我公司产品', conformsToContract: '符合合同要求', other: '其他原因' },
      packageConditions: { intact: '完好', damaged: '破损', wet: '受潮', opened: '已拆封' },
      isolation: { isolated: '隔离', pending: '待处理' },
      outcomes: { accepted: '全部接收', partial: '部分接收', refused: '拒收' },
      responsibilities: { production: '生产', inspectionMiss: '检验漏检', design: '设计', supplier: '供应商', transport: '运输', customerMisuse: '客户使用不当' },
      dispositions: { rework: '返工', repair: '返修', scrap: '报废', replace: '补货', refund: '退款', concession: '让步接收', returnToCustomer: '退回客户' },
      list: {
        title: '退货/索赔', new: '新建退货申请', number: '退货单号', status: '状态', updatedAt: '更新时间',
        scan: '扫码', scanPlaceholder: '扫描或输入退货单号后回车', scanNotFound: '找不到退货单 {{number}}',
      },
      form: {
        newTitle: '新建退货/索赔申请', editTitle: '修改退货/索赔申请', editVoidsApprovals: '已有审批签字：保存修改后，签字将作废并需重新审批。',
        customerAndOrder: '客户与订单', customerName: '客户名称', contact: '联系人', phone: '电话', orderNo: '订单号', deliveryNoteNo: '送货单号', trackingNo: '客户退货运单号',
        returnType: '退货类型', freightPaidBy: '运费承担', total: '合计金额', capitals: '人民币大写', settled: '结算金额（按实收）', settledProvisional: '（待收货确认）', fixErrors: '请先改正标红的内容',
      },
      line: {
        title: '第 {{n}} 行', add: '添加产品行', remove: '删除', amount: '金额', productNo: '产品编号', productName: '产品名称', unit: '单位', spec: '规格', batch: '批号',
        productionDate: '生产日期', shipDate: '发货日期', shelfLifeEnd: '保质期至', defect: '缺陷描述', reason: '退货原因',
        qtyShipped: '发货数量', qtyRequested: '退货数量', unitPrice: '单价(元)', claimAmount: '索赔金额(元)', overShippedConfirmed: '确认退货数量超过发货数量',
      },
      detail: { request: '申请内容', complaint: '关联投诉', openComplaint: '查看投诉', standalone: '无（独立申请）', slip: '退货单打印', refusalLetter: '拒赔函 (Word)', refusalLetterPrint: '拒赔函（打印/PDF）', history: '修改记录' },
      claim: {
        title: '索赔审查', checks: '系统检查（仅为建议）', noProposals: '未发现拒赔依据', useProposal: '按此拒赔',
        measured: '质量部实测值（对照产品档案的规格限）', saveMeasured: '保存实测值', measuredSaved: '实测值已保存', limits: '规格 {{lower}} ~ {{upper}} {{unit}}',
        accept: '受理', refuse: '拒赔', reason: '拒赔原因', note: '说明', decide: '保存决定',
        accepted: '已受理', refused: '已拒赔：{{reason}}',
        detail: {
          pastShelfLife: '保质期至 {{shelfLifeEnd}}，投诉日 {{asOf}}，已过 {{daysPast}} 天',
          pastWarranty: '质保期至 {{warrantyEnd}}，投诉日 {{asOf}}，已过 {{daysPast}} 天',
          notOurProduct: '产品编号 {{productNo}} 不在我公司产品编号前缀内',
          conformsToContract: '{{checkedCount}} 项检测均符合要求',
        },
      },
      approval: {
        title: '审批', noneRequired: '该金额无需审批', done: '已签', missing: '待签', signAs: '以{{role}}身份签字', confirmSign: '确认签字',
        signingAs: '签字人：{{name}}（{{role}}）', role: '角色', signer: '签字人', at: '时间', meaning: '意见', comment: '备注',
        signature: '签名', state: '有效性', voided: '已作废', live: '有效', signed: '已签字', signaturePad: '手写签名板', clearSignature: '清除签名',
        meanings: { approved: '批准', rejected: '不批准' },
      },
      receipt: {
        title: '仓库收货', counted: '实收数量', difference: '差异', location: '库位', isolationTag: '隔离标识', receivedBy: '收货人',
        packageCondition: '包装状况', outcome: '收货结论', confirmOver: '确认超收', save: '保存收货',
      },
      photos: {
        delivery: '到货照片（包装状况）', line: '照片', add: '添加照片', addDelivery: '添加到货照片', remove: '删除', added: '已保存 {{count}} 张照片',
      },
      judgement: {
        title: '质检判定', received: '实收', inspected: '检验数', conforming: '合格数', nonconforming: '不合格数', defectFound: '发现缺陷',
        responsibility: '责任', eightD: '需要 8D', save: '保存判定', open8D: '打开 8D（关联投诉）',
      },
      disposition: {
        title: '处置', received: '实收 {{n}}', kind: '处置方式', qty: '数量', replaceDate: '补货日期', refund: '退款金额(元)',
        addAction: '第 {{n}} 行添加处置', save: '保存处置',
      },
      letter: { notRefused: '只有拒绝的索赔才有拒赔函' },
      slip: { a4: 'A4 横向', a5: 'A5 横向', print: '打印', pdf: 'PDF', word: 'Word', pdfSaved: 'PDF 已保存' },
      linked: { title: '退货/索赔', new: '新建退货申请', none: '无关联退货', column: '退货/索赔', more: '等 {{count}} 张' },
      history: {
        order: '行序', submittedAt: '提交时间', decisionKind: '索赔决定', decidedAt: '决定时间', decidedBy: '决定人', receivedAt: '收货时间',
        note: '备注', judgedAt: '判定时间', judgedBy: '判定人', contentHash: '内容摘要', timeZone: '时区', removedLine: '已删除的产品行',
        signatureDrawn: '已手写签名', approvalBy: '审批（{{role}}）',
        actions: {
          create: '创建申请', update: '修改申请', claimAccepted: '受理索赔', claimRefused: '拒赔', approve: '审批签字', rejectApproval: '不批准',
          receive: '仓库收货', receivePhoto: '添加收货照片', removePhoto: '删除收货照片', judge: '质检判定', dispose: '处置',
        },
      },
      settings: {
        title: '退货审批与产品', managerAbove: '超过此金额需市场部经理审批', generalManagerAbove: '超过此金额需总经理审批',
        prefixes: '我公司产品编号前缀', prefixesHelp: '用逗号分隔，例如 CD-, KX-；留空则不检查“非我公司产品”',
      },
    },
  },
  en: {
    returns: {
      nav: 'Returns',
      codes: enCodes,
      statuses: { draft: 'Draft', pendingApproval: 'Pending approval', approved: 'Approved', refused: 'Refused', received: 'Received', judged: 'Judged', closed: 'Closed' },
      returnTypes: { defectiveInUse: 'Defective in use', bulkReturn: 'Bulk return', repair: 'Repair', wrongShipment: 'Wrong shipment' },
      freight: { customer: 'Customer', us: 'Us', carrier: 'Carrier' },
      refusalReasons: { pastShelfLife: 'Past shelf life', pastWarranty: 'Past warranty', notOurProduct: 'Not our product', conformsToContract: 'Conforms to contract', other: 'Other' },
      packageConditions: { intact: 'Intact', damaged: 'Damaged', wet: 'Wet', opened: 'Opened' },
      isolation: { isolated: 'Isolated', pending: 'Pending' },
      outcomes: { accepted: 'Accepted', partial: 'Partially accepted', refused: 'Refused' },
      responsibilities: { production: 'Production', inspectionMiss: 'Inspection miss', design: 'Design', supplier: 'Supplier', transport: 'Transport', customerMisuse: 'Customer misuse' },
      dispositions: { rework: 'Rework', repair: 'Repair', scrap: 'Scrap', replace: 'Replace', refund: 'Refund', concession: 'Concession', returnToCustomer: 'Return to customer' },
      list: {
        title: 'Returns and claims', new: 'New return', number: 'Return no.', status: 'Status', updatedAt: 'Updated',
        scan: 'Scan', scanPlaceholder: 'Scan or type a return number, then Enter', scanNotFound: 'No return {{number}}',
      },
      form: {
        newTitle: 'New return / claim', editTitle: 'Edit return / claim', editVoidsApprovals: 'This request is signed: saving a change voids the signatures and asks again.',
        customerAndOrder: 'Customer and order', customerName: 'Customer', contact: 'Contact', phone: 'Phone', orderNo: 'Order no.', deliveryNoteNo: 'Delivery note no.', trackingNo: "Customer's tracking no.",
        returnType: 'Return type', freightPaidBy: 'Freight paid by', total: 'Total', capitals: 'In Chinese capitals', settled: 'Settled (as received)', settledProvisional: '(until the goods are counted)', fixErrors: 'Correct the fields marked in red first',
      },
      line: {
        title: 'Line {{n}}', add: 'Add line', remove: 'Remove', amount: 'Amount', productNo: 'Product no.', productName: 'Product name', unit: 'Unit', spec: 'Specification', batch: 'Batch',
        productionDate: 'Production date', shipDate: 'Ship date', shelfLifeEnd: 'Shelf life until', defect: 'Defect', reason: 'Reason',
        qtyShipped: 'Qty shipped', qtyRequested: 'Qty to return', unitPrice: 'Unit price (CNY)', claimAmount: 'Claim (CNY)', overShippedConfirmed: 'Confirm: more returned than shipped',
      },
      detail: { request: 'Request', complaint: 'Complaint', openComplaint: 'Open complaint', standalone: 'None (standalone)', slip: 'Return slip', refusalLetter: 'Refusal letter (Word)', refusalLetterPrint: 'Refusal letter (print/PDF)', history: 'History' },
      claim: {
        title: 'Claim review', checks: 'Checks (proposals only)', noProposals: 'No grounds for refusal found', useProposal: 'Refuse for this',
        measured: "QA's measured values (against the product master's limits)", saveMeasured: 'Save measured values', measuredSaved: 'Measured values saved', limits: 'spec {{lower}} ~ {{upper}} {{unit}}',
        accept: 'Accept', refuse: 'Refuse', reason: 'Refusal reason', note: 'Note', decide: 'Save decision',
        accepted: 'Accepted', refused: 'Refused: {{reason}}',
        detail: {
          pastShelfLife: 'shelf life until {{shelfLifeEnd}}, complaint on {{asOf}}, {{daysPast}} days past',
          pastWarranty: 'warranty until {{warrantyEnd}}, complaint on {{asOf}}, {{daysPast}} days past',
          notOurProduct: 'product no. {{productNo}} matches none of our prefixes',
          conformsToContract: 'all {{checkedCount}} measurements within specification',
        },
      },
      approval: {
        title: 'Approval', noneRequired: 'No approval needed for this amount', done: 'signed', missing: 'to sign', signAs: 'Sign as {{role}}', confirmSign: 'Sign',
        signingAs: 'Signer: {{name}} ({{role}})', role: 'Role', signer: 'Signer', at: 'Time', meaning: 'Decision', comment: 'Comment',
        signature: 'Signature', state: 'Validity', voided: 'Void', live: 'Valid', signed: 'Signed', signaturePad: 'Signature pad', clearSignature: 'Clear signature',
        meanings: { approved: 'Approved', rejected: 'Rejected' },
      },
      receipt: {
        title: 'Warehouse receipt', counted: 'Counted', difference: 'Difference', location: 'Location', isolationTag: 'Isolation tag', receivedBy: 'Received by',
        packageCondition: 'Package', outcome: 'Outcome', confirmOver: 'Confirm over-receipt', save: 'Save receipt',
      },
      photos: {
        delivery: 'Delivery photos (package condition)', line: 'Photos', add: 'Add photo', addDelivery: 'Add delivery photo', remove: 'Remove', added: '{{count}} photo(s) saved',
      },
      judgement: {
        title: 'QA judgement', received: 'Received', inspected: 'Inspected', conforming: 'Conforming', nonconforming: 'Nonconforming', defectFound: 'Defect found',
        responsibility: 'Responsibility', eightD: '8D needed', save: 'Save judgement', open8D: 'Open 8D (linked complaint)',
      },
      disposition: {
        title: 'Disposition', received: 'received {{n}}', kind: 'Action', qty: 'Qty', replaceDate: 'Replacement date', refund: 'Refund (CNY)',
        addAction: 'Add action to line {{n}}', save: 'Save disposition',
      },
      letter: { notRefused: 'Only a refused claim has a refusal letter' },
      slip: { a4: 'A4 landscape', a5: 'A5 landscape', print: 'Print', pdf: 'PDF', word: 'Word', pdfSaved: 'PDF saved' },
      linked: { title: 'Returns and claims', new: 'New return', none: 'No linked returns', column: 'Returns', more: '+{{count}} more' },
      history: {
        order: 'Line order', submittedAt: 'Submitted', decisionKind: 'Claim decision', decidedAt: 'Decided at', decidedBy: 'Decided by', receivedAt: 'Received at',
        note: 'Note', judgedAt: 'Judged at', judgedBy: 'Judged by', contentHash: 'Content hash', timeZone: 'Time zone', removedLine: 'Removed line',
        signatureDrawn: 'Drawn signature', approvalBy: 'Approval ({{role}})',
        actions: {
          create: 'Request created', update: 'Request changed', claimAccepted: 'Claim accepted', claimRefused: 'Claim refused', approve: 'Approved', rejectApproval: 'Not approved',
          receive: 'Received', receivePhoto: 'Receipt photo added', removePhoto: 'Receipt photo removed', judge: 'QA judgement', dispose: 'Disposition',
        },
      },
      settings: {
        title: 'Return approval and products', managerAbove: 'Marketing manager approves above', generalManagerAbove: 'General manager approves above',
        prefixes: 'Our product-number prefixes', prefixesHelp: 'Comma-separated, e.g. CD-, KX-; empty: "not our product" is not checked',
      },
    },
  },
};
