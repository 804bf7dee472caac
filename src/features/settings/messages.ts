/** Translations of Settings › Company (公司信息), merged under the "company" key; codes `company.*` are the domain's. */
export const messages = {
  zhCN: {
    company: {
      title: '公司信息', intro: '打印在 8D 报告、投诉记录表、退货单和拒赔函的页眉上。未填写时文件显示“（公司名称未设置）”。',
      name: '公司名称（中文）', nameEn: '公司名称（英文）', logo: '公司标志', logoHint: 'PNG 或 JPEG，不超过 1 MB', chooseLogo: '选择图片…', removeLogo: '移除标志',
      address: '地址', phone: '电话', fax: '传真', website: '网址',
      formsTitle: '表单编号与版本', document: '文件', formNo: '表单编号', revision: '版本', prefix: '编号前缀',
      documents: { eightD: '8D 报告', recordForm: '产品质量投诉记录表', returnSlip: '退货单', refusalLetter: '拒赔函' },
      nameTooLong: '名称超过页眉可容纳的长度（中文 30 字，英文 80 个字符）', tooLong: '内容过长', prefixChars: '前缀只能包含字母、数字和连字符',
      logoNotImage: '该文件不是 PNG 或 JPEG 图片', logoTooLarge: '标志图片超过 1 MB',
      notSet: '尚未填写公司名称（设置 › 公司信息）：文件页眉将显示占位文字。',
    },
  },
  en: {
    company: {
      title: 'Company', intro: 'Printed in the header of the 8D report, the complaint record form, the return slip and the refusal letter. Until set, documents show "(company name not set)".',
      name: 'Company name (Chinese)', nameEn: 'Company name (English)', logo: 'Logo', logoHint: 'PNG or JPEG, at most 1 MB', chooseLogo: 'Choose image…', removeLogo: 'Remove logo',
      address: 'Address', phone: 'Telephone', fax: 'Fax', website: 'Website',
      formsTitle: 'Form numbers and revisions', document: 'Document', formNo: 'Form no.', revision: 'Revision', prefix: 'Number prefix',
      documents: { eightD: '8D report', recordForm: 'Complaint record form', returnSlip: 'Return slip', refusalLetter: 'Refusal letter' },
      nameTooLong: 'The name is longer than the document header holds (30 Chinese characters, 80 Latin characters)', tooLong: 'Too long', prefixChars: 'A prefix may hold letters, digits and hyphens only',
      logoNotImage: 'This file is not a PNG or JPEG image', logoTooLarge: 'The logo is larger than 1 MB',
      notSet: 'The company name is not set (Settings › Company): document headers show a placeholder.',
    },
  },
};
