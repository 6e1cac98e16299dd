import { defineConfig } from 'vitest/config';

// Four projects, one per level a test runs at: pure/unit code, the core over a real
// temporary SQLite database, the same over a throwaway PostgreSQL, and Chromium driving the
// built app through the web host.
// expect.poll waits 20 s by default, not vitest's 1 s: the CI machines are shared 2-core boxes
// where a verified backup or a first render can take longer than a second (a poll that
// succeeds returns at once, so only a real failure pays the wait).
const expectOptions = { poll: { timeout: 20_000, interval: 50 } };

// Tests of the SQLite file itself, which have no PostgreSQL counterpart to run against.
const SQLITE_FILE_TESTS = [
  'tests/integration/reliability-*.test.ts',
  'tests/integration/*-migration*.test.ts',
  'tests/integration/store-migrations.test.ts',
];

export default defineConfig({
  test: {
    expect: expectOptions,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 60_000, expect: expectOptions } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000, expect: expectOptions } },
      // The same suite with the core on PostgreSQL (a throwaway server this run starts), less the
      // tests of the SQLite file itself (its recovery, crash safety, migrations, file backups).
      {
        test: {
          name: 'integration-pg',
          include: ['tests/integration/**/*.test.ts'],
          exclude: SQLITE_FILE_TESTS,
          env: { BANXIN_TEST_ENGINE: 'postgres' },
          globalSetup: ['tests/support/pg-global-setup.ts'],
          environment: 'node', testTimeout: 120_000, hookTimeout: 120_000, expect: expectOptions,
        },
      },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false, expect: expectOptions } },
    ],
  },
});
