import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 and mediasoup are native: forks isolate them per file.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
