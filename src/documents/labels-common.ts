/**
 * Words every document shares (header, footer, signature block), in the
 * document's language: Chinese for a zh-CN document, English for an English one.
 */
import type { DocLang } from './doc-format';

const zh = {
  page: { before: '第 ', middle: ' 页 / 共 ', after: ' 页' },
  companyPlaceholder: '（公司名称未设置）',
  formNo: '表单编号', revision: '版本', docNo: '编号',
  address: '地址', phone: '电话', fax: '传真', website: '网址',
  yes: '是', no: '否', none: '（无）',
  signature: { slot: '签字栏', name: '姓名', role: '职务', meaning: '签署含义', at: '签署时间', wetInk: '签字', date: '日期', sign: '签字：' },
  seal: '（盖章处）',
  photo: (n: number) => `图 ${n}`,
  unreadableImage: '（无法读取的图片）',
};

export type CommonLabels = typeof zh;

const en: CommonLabels = {
  page: { before: 'Page ', middle: ' of ', after: '' },
  companyPlaceholder: '(company name not set)',
  formNo: 'Form no.', revision: 'Rev.', docNo: 'No.',
  address: 'Address', phone: 'Tel.', fax: 'Fax', website: 'Web',
  yes: 'Yes', no: 'No', none: '(none)',
  signature: { slot: 'Signature', name: 'Name', role: 'Role', meaning: 'Meaning', at: 'Signed', wetInk: 'Signature', date: 'Date', sign: 'Signature:' },
  seal: '(company seal)',
  photo: (n: number) => `Figure ${n}`,
  unreadableImage: '(unreadable image)',
};

export function common(lang: DocLang): CommonLabels {
  return lang === 'zh-CN' ? zh : en;
}

/** People's roles as printed (signatures store the role's key; older ones a free text, printed as it is). */
const ROLES: Record<DocLang, Record<string, string>> = {
  'zh-CN': {
    qaEngineer: '质量工程师', teamLeader: '8D小组组长', customerService: '客服专员', warehouseClerk: '仓管员',
    marketingManager: '市场部经理', generalManager: '总经理', qaManager: '质量经理', admin: '管理员',
  },
  en: {
    qaEngineer: 'QA engineer', teamLeader: '8D team leader', customerService: 'Customer service', warehouseClerk: 'Warehouse clerk',
    marketingManager: 'Marketing manager', generalManager: 'General manager', qaManager: 'QA manager', admin: 'Administrator',
  },
};

export function roleLabel(role: string, lang: DocLang): string {
  return ROLES[lang][role] ?? role;
}

/** The company's name in the document's language, or the visible placeholder while it is not set. */
export function companyName(c: { name: string; nameEn: string }, lang: DocLang): string {
  const name = lang === 'en' ? c.nameEn || c.name : c.name;
  return name.trim() || common(lang).companyPlaceholder;
}
