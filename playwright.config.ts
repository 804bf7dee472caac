import { defineConfig } from '@playwright/test';

// The renderer specs run against the built renderer (out/renderer) served by
// `vite preview`, in Debian's Chromium: Playwright cannot download browsers here.
// The shell specs launch the real Electron where its binary exists.
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const port = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  webServer: {
    command: 'npx vite preview --config vite.preview.config.ts',
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'renderer',
      testDir: './e2e/renderer',
      use: {
        baseURL: `http://127.0.0.1:${port}/`,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1280, height: 800 },
        // As a station set to reduce motion: the app then turns antd's animations off (App.tsx), so no click waits for one.
        reducedMotion: 'reduce',
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
      },
    },
    { name: 'shell', testDir: './e2e/shell' },
  ],
});
