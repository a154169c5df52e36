import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // expect.poll waits for a screen to settle; on a loaded CI machine 1 s (the default) is short.
    expect: { poll: { timeout: 5_000 } },
    // testing-library's findBy*/waitFor likewise (tests/setup/testingLibrary.ts).
    setupFiles: ['tests/setup/testingLibrary.ts'],
    // Chromium e2e and child-process tests are heavy on this 2-core machine.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
