/**
 * docx.8d_ms: median time to build a full 8D report with 5 photos (1200×900
 * PNG) into .docx bytes, over 10 builds after one warm-up. Prints one JSON line.
 */
import { buildEightDReport } from '../src/documents/eightd-report';
import { sampleReportInput } from '../src/documents/sample-data';

const input = sampleReportInput(5);
await buildEightDReport(input);
const times: number[] = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  await buildEightDReport(input);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = ((times[4] ?? 0) + (times[5] ?? 0)) / 2;
console.log(JSON.stringify({ metric: 'docx.8d_ms', value: Math.round(median * 10) / 10, unit: 'ms', target: 300, runs: times.length }));
