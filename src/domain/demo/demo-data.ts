/**
 * A realistic demo dataset, deterministic from a seed, so a newcomer can look
 * around and the bench has data shaped like a plant's. Pure: returns inputs; the
 * repository writes them.
 */
import type { ComplaintInput } from '../complaint/schema';
import { DEMAND_KINDS, INTAKE_CHANNELS } from '../complaint/vocab';

const COMPANIES = ['华东精密机械有限公司', '苏州恒达电子科技有限公司', '广州南方汽车零部件有限公司', '北京中科仪器有限公司', '宁波海天塑胶制品厂', '成都西部重工集团', '深圳鹏程电气股份有限公司', '青岛蓝海食品有限公司', '武汉长江化工有限公司', '天津滨海物流有限公司', '杭州西湖医疗器械有限公司', '无锡太湖纺织有限公司'];
const CONTACTS = ['王磊', '李娜', '张伟', '刘洋', '陈静', '杨帆', '赵敏', '黄强', '周杰', '吴芳'];
const PRODUCTS: { name: string; model: string }[] = [
  { name: '液压泵', model: 'HP-200' }, { name: '齿轮减速机', model: 'GR-75' }, { name: '伺服电机', model: 'SM-1.5kW' },
  { name: '不锈钢球阀', model: 'BV-DN50' }, { name: '密封圈', model: 'OR-32x3' }, { name: '控制板', model: 'PCB-C12' },
  { name: '电源适配器', model: 'PA-24V5A' }, { name: '轴承座', model: 'UCP-208' }, { name: '包装纸箱', model: 'CT-600' },
  { name: '树脂颗粒', model: 'PP-H30S' },
];
const SYMPTOMS = ['泵体接合面漏油', '运行时异响，温升超过 60℃', '外壳划伤、掉漆', '上电后无输出', '尺寸超差：内径偏大 0.05 mm', '纯度检测 98.2%，低于合同 99%', '到货外箱破损，内包装受潮', '随货单证不全，缺少合格证', '批次号与送货单不符', '启动扭矩不足', '密封件硬化开裂', '显示屏闪烁'];
const PLACES = ['客户装配线', '客户仓库', '终端用户现场', '来料检验', '运输途中'];
const ENVIRONMENTS = ['室内常温，湿度 60%', '户外，-10℃ ~ 35℃', '高粉尘车间', '潮湿环境', '连续 24 小时运行'];
const ACTIONS = ['已隔离该批次剩余库存', '已自行更换备件', '暂未处理，等待答复', '已停止使用并拍照留证', '已退回部分样品'];
const RECEIVERS = ['王客服', '李工', '赵经理', '陈专员'];

/** mulberry32: small, fast, good enough for demo data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function demoComplaintInput(rnd: () => number, receivedAtMs: number): ComplaintInput {
  const product = pick(rnd, PRODUCTS);
  const company = pick(rnd, COMPANIES);
  const orderQty = 10 * (1 + Math.floor(rnd() * 200));
  const shipMs = receivedAtMs - (5 + Math.floor(rnd() * 120)) * 86_400_000;
  const batchDay = day(shipMs - 7 * 86_400_000).replace(/-/g, '');
  return {
    channel: pick(rnd, INTAKE_CHANNELS),
    receivedAt: new Date(receivedAtMs).toISOString(),
    receivedBy: pick(rnd, RECEIVERS),
    customer: {
      name: company,
      company,
      contactPerson: pick(rnd, CONTACTS),
      phone: `13${Math.floor(100_000_000 + rnd() * 899_999_999)}`,
      email: '',
      type: pick(rnd, ['endUser', 'distributor', 'oem', 'retailer'] as const),
      address: '',
    },
    product: {
      name: product.name,
      model: product.model,
      batchNo: `B${batchDay}-${String(1 + Math.floor(rnd() * 20)).padStart(2, '0')}`,
      serialNo: rnd() < 0.4 ? `SN${Math.floor(rnd() * 1e8)}` : '',
      orderNo: `SO-${Math.floor(10_000 + rnd() * 89_999)}`,
      orderQty,
      shippedQty: orderQty,
      shipDate: day(shipMs),
      purchaseDate: '',
      purchaseChannel: pick(rnd, ['direct', 'distributor', 'online'] as const),
      hasProofOfPurchase: rnd() < 0.7,
    },
    details: {
      occurredOn: day(receivedAtMs - Math.floor(rnd() * 3) * 86_400_000),
      location: pick(rnd, PLACES),
      environment: pick(rnd, ENVIRONMENTS),
      symptom: pick(rnd, SYMPTOMS),
      recurring: rnd() < 0.25,
      customerActions: pick(rnd, ACTIONS),
      affectedQty: 1 + Math.floor(rnd() * Math.min(orderQty, 50)),
    },
    demand: { kinds: [pick(rnd, DEMAND_KINDS)], note: '' },
    shippedOverOrderConfirmed: false,
    attachments: {},
  };
}

/** `count` complaints received over the `days` days before `endMs`, oldest first. */
export function demoComplaints(count: number, endMs: number, days = 365, seed = 20261125): ComplaintInput[] {
  const rnd = seededRandom(seed);
  const times = Array.from({ length: count }, () => endMs - Math.floor(rnd() * days * 86_400_000) - 3_600_000);
  times.sort((a, b) => a - b);
  return times.map((t) => demoComplaintInput(rnd, t));
}
