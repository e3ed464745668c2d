import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'extractors/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    // Set-up hooks launch Chromium or start servers and runs; on a loaded 2-core CI machine that took over
    // vitest's default 10 s once (the browser launch), so hooks get the tests' budget and more.
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/build.global-setup.ts'],
  },
});
