// Bundles src/sync/bench/sync-bench.ts for Node (TypeScript, our src/ imports) into out/ and runs it.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const out = join(process.cwd(), 'out/bench-sync/bench-sync.mjs');
await build({ entryPoints: ['src/sync/bench/sync-bench.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'warning', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
await import(pathToFileURL(out).href);
