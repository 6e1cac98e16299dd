import { defineConfig } from 'vitest/config';

// Three projects, one per level a test runs at: pure/unit code, the core over a real
// temporary SQLite database, and Chromium driving the built app through the web host.
// expect.poll waits 20 s by default, not vitest's 1 s: the CI machines are shared 2-core boxes
// where a verified backup or a first render can take longer than a second (a poll that
// succeeds returns at once, so only a real failure pays the wait).
const expectOptions = { poll: { timeout: 20_000, interval: 50 } };

export default defineConfig({
  test: {
    expect: expectOptions,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 60_000, expect: expectOptions } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000, expect: expectOptions } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false, expect: expectOptions } },
    ],
  },
});
