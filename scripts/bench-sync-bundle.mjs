// node scripts/bench-sync-bundle.mjs <complaints> <out.ckd>: writes a large valid
// bundle (src/sync/bench/make-bundle.ts, bundled for Node with esbuild).
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [n, outFile] = process.argv.slice(2);
if (!n || !outFile) throw new Error('usage: node scripts/bench-sync-bundle.mjs <complaints> <out.ckd>');
// Inside the project, so the external packages resolve from node_modules; one file per run.
const entry = join(process.cwd(), `node_modules/.cache/make-bundle-${process.pid}.mjs`);
await build({ entryPoints: ['src/sync/bench/make-bundle.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: entry, logLevel: 'warning', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
const { makeBundle } = await import(pathToFileURL(entry).href);
rmSync(entry);
writeFileSync(outFile, await makeBundle(Number(n)));
console.log(outFile);
