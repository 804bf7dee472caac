/**
 * Writes every document that leaves the plant (8D report, complaint record form,
 * return slip, refusal letter), in Chinese and in English, built from the sample
 * data with a company name and logo, so anyone can open them in Word or LibreOffice:
 *   npm run docs:sample -- --out <dir>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sampleDocuments } from '../src/documents/sample-data';
import { chromiumSvgToPng } from '../src/documents/node-svg-to-png';

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
// The review report's charts need a PNG beside their SVG; Chromium draws it when installed.
const png = await chromiumSvgToPng();
if (!png) console.warn('no Chromium: the review report carries its charts as SVG only (Word 2016+ shows them, LibreOffice 7 does not)');
try {
  for (const lang of ['zh-CN', 'en'] as const) {
    for (const [name, bytes] of await sampleDocuments(lang, png?.toPng)) {
      writeFileSync(join(dir, name), bytes);
      console.log(join(dir, name));
    }
  }
} finally {
  await png?.close();
}
