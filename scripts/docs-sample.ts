/**
 * Writes every document that leaves the plant (8D report, complaint record form,
 * return slip, refusal letter), in Chinese and in English, built from the sample
 * data with a company name and logo, so anyone can open them in Word or LibreOffice:
 *   npm run docs:sample -- --out <dir>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sampleDocuments } from '../src/documents/sample-data';

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
for (const lang of ['zh-CN', 'en'] as const) {
  for (const [name, bytes] of await sampleDocuments(lang)) {
    writeFileSync(join(dir, name), bytes);
    console.log(join(dir, name));
  }
}
