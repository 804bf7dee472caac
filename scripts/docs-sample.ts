/**
 * Writes a filled 8D report, a complaint record form (demo data with photos),
 * a signed return slip and a refusal letter into a folder, so anyone can open them in Word or LibreOffice:
 *   npm run docs:sample -- --out <dir>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildEightDReport, eightDFileName } from '../src/documents/eightd-report';
import { buildComplaintRecordForm, recordFormFileName } from '../src/documents/complaint-record-form';
import { sampleRecordFormInput, sampleReportInput } from '../src/documents/sample-data';
import { buildReturnSlipDocx } from '../src/documents/return-slip';
import { buildRefusalLetterDocx } from '../src/documents/refusal-letter';
import { slipModel } from '../src/documents/return-slip-parts';
import { approval, receipt, requestWorth } from '../src/domain/returns/test-fixtures';

function outDir(argv: string[]): string {
  const i = argv.indexOf('--out');
  const dir = i >= 0 ? argv[i + 1] : undefined;
  if (!dir) {
    console.error('usage: npm run docs:sample -- --out <dir>');
    process.exit(2);
  }
  return resolve(dir);
}

const dir = outDir(process.argv.slice(2));
mkdirSync(dir, { recursive: true });
const report = sampleReportInput(5);
const form = sampleRecordFormInput();
const day = '2026-12-08';
const files: [string, Uint8Array][] = [
  [eightDFileName(report.complaint.number, report.complaint.customer.name, day), await buildEightDReport(report)],
  [recordFormFileName(form.complaint.number, form.complaint.customer.name, day), await buildComplaintRecordForm(form)],
];

// A 2,500 CNY return approved by the marketing manager and the general manager.
const slip = slipModel(
  {
    request: requestWorth(250_000),
    submittedAt: '2026-12-01T01:00:00Z',
    decision: { kind: 'accept', note: '' },
    approvals: [approval({ contentHash: 'a'.repeat(64) }), approval({ id: 'A2', role: 'generalManager', signerName: '王总', signerId: 'P-GM', contentHash: 'a'.repeat(64) })],
    receipt: receipt([{ lineId: 'L1', countedQty: 1, location: 'A-01', isolationTag: 'isolated' }]),
  },
  { number: 'RT-QA1-2026-0001', createdAt: '2026-12-01T01:00:00Z', company: '示例电器厂', timeZone: 'Asia/Shanghai' },
);
files.push(['退货单-RT-QA1-2026-0001.docx', await buildReturnSlipDocx(slip)]);
files.push([
  '拒赔函-RT-QA1-2026-0002.docx',
  await buildRefusalLetterDocx({
    company: '示例电器厂', number: 'RT-QA1-2026-0002', customer: '华东电器有限公司', contact: '王工', orderNo: 'SO-1',
    products: ['CD-100 × 10'], reason: 'pastShelfLife', note: '标签显示 2025-12-31 到期', date: day,
  }),
]);
for (const [name, bytes] of files) {
  writeFileSync(join(dir, name), bytes);
  console.log(join(dir, name));
}
