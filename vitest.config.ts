import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Whole builds run in-process; on a busy 2-core CI machine one can take several seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
