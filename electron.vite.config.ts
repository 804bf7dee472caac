import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// The CSP meta tag holds in every build. Only the dev server drops it: React's
// refresh preamble is an inline script that a strict script-src would block.
const dropCspInDev: Plugin = {
  name: 'drop-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

// The start's early open (src/early-open.ts, see src/db/early-open.ts) is a script of its own, ahead of the main
// chunk, so the database opens while the main chunk loads. It is a module script from 'self', as the CSP asks.
const EARLY_OPEN = 'assets/early-open.js';
const earlyOpenScript: Plugin = {
  name: 'early-open-script',
  apply: 'build',
  buildStart() {
    this.emitFile({ type: 'chunk', id: resolve(__dirname, 'src/early-open.ts'), fileName: EARLY_OPEN });
  },
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const main = html.indexOf('<script type="module"');
      if (main < 0) throw new Error('early-open-script: no module script in index.html');
      return `${html.slice(0, main)}<script type="module" crossorigin src="./${EARLY_OPEN}"></script>\n    ${html.slice(main)}`;
    },
  },
};

// The design-card layout: main and preload live under electron/, the renderer under src/.
// The renderer build is the same one Playwright serves to Chromium (out/renderer).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src'),
    base: './',
    plugins: [react(), dropCspInDev, earlyOpenScript],
    // The sync import worker (src/sync/import.worker.ts) is a module worker: its chunks stay ES modules.
    worker: { format: 'es' },
    build: {
      // RENDERER_OUT lets several people build and e2e-test side by side without clobbering out/.
      outDir: resolve(__dirname, process.env.RENDERER_OUT ?? 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; parsing 4 MB delays the first rows.
      minify: 'esbuild',
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { index: resolve(__dirname, 'src/index.html') } },
    },
  },
});
