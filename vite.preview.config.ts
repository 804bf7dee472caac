import { defineConfig } from 'vite';

// Serves the built renderer (out/renderer) to a plain browser: Playwright's e2e and
// anyone without the Electron binary. Module scripts do not load from file://.
export default defineConfig({
  build: { outDir: process.env.RENDERER_OUT ?? 'out/renderer' },
  preview: { port: Number(process.env.PREVIEW_PORT ?? 4173), strictPort: true, host: '127.0.0.1' },
});
