/**
 * The refusal letter (拒赔函) sent to a customer whose claim was refused: A4, Chinese,
 * the reason in the plant's words and the person's note. A pure function of its data.
 */
import { Document, Packer } from 'docx';
import type { RefusalReason } from '../domain/returns';
import { ZH } from './return-slip-parts';
import { line, wetInkTable } from './return-slip';

export interface RefusalLetterData {
  company: string;
  number: string;
  customer: string;
  contact: string;
  orderNo: string;
  products: string[];
  reason: RefusalReason;
  note: string;
  /** YYYY-MM-DD of the decision. */
  date: string;
}

export async function buildRefusalLetterDocx(d: RefusalLetterData): Promise<Uint8Array> {
  const [y, m, day] = d.date.split('-');
  const doc = new Document({
    creator: d.company || 'Complaint Desk',
    title: `拒赔函 ${d.number}`,
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
      children: [
        line(d.company, { size: 24, center: true }),
        line('关于退货/索赔申请的答复函', { bold: true, size: 32, center: true }),
        line(`编号：${d.number}`, { center: true }),
        line(''),
        line(`${d.customer}${d.contact ? `（${d.contact}）` : ''}：`, { size: 22 }),
        line(`\u3000\u3000贵方就订单 ${d.orderNo} 提出的退货/索赔申请（编号 ${d.number}）已收悉。经我公司核查，涉及产品如下：`, { size: 22 }),
        ...d.products.map((p) => line(`\u3000\u3000· ${p}`, { size: 22 })),
        line(`\u3000\u3000核查结论：${ZH.refusal[d.reason]}。根据双方合同及我公司退货管理规定，本次申请不予受理。`, { size: 22 }),
        ...(d.note ? [line(`\u3000\u3000说明：${d.note}`, { size: 22 })] : []),
        line('\u3000\u3000如对上述结论有异议，请于收到本函之日起十五日内提供相关证明材料与我公司联系，我公司将予以复核。感谢贵方一直以来的支持与理解。', { size: 22 }),
        line(''),
        line(`${d.company || '（公司名称）'}`, { size: 22 }),
        line(`${y ?? ''}年${m ?? ''}月${day ?? ''}日`, { size: 22 }),
        line(''),
        wetInkTable(['经办人', '审核人', '批准人']),
      ],
    }],
  });
  return new Uint8Array(await (await Packer.toBlob(doc)).arrayBuffer());
}
