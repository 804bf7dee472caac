/**
 * Writes a filled 8D report and a complaint record form (demo data with
 * photos) into a folder, so anyone can open them in Word or LibreOffice:
 *   npm run docs:sample -- --out <dir>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildEightDReport, eightDFileName } from '../src/documents/eightd-report';
import { buildComplaintRecordForm, recordFormFileName } from '../src/documents/complaint-record-form';
import { sampleRecordFormInput, sampleReportInput } from '../src/documents/sample-data';

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
for (const [name, bytes] of files) {
  writeFileSync(join(dir, name), bytes);
  console.log(join(dir, name));
}
