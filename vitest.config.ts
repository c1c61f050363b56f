import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'feed/**/*.test.ts', 'build/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The JSON report feeds the "N passed, N failed" line that .ci/run prints.
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
