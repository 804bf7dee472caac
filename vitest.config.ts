import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // Vitest leaves one core free by default: on CI's 2 cores that ran every file on one thread (150 s; 104 s on both).
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
