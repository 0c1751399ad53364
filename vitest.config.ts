import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // Real SQLite files, real processes and real Chromium: room for a machine whose cores are all busy with
    // other work (a test takes seconds on a quiet one). What runs past this is reported as a timeout.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: 'forks',
    globalSetup: ['./tests/installationHome.ts', './tests/globalSetup.ts'],
    reporters: ['default', './tests/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/components/**'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'components', include: ['tests/components/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['tests/components/setup.ts'] },
      },
    ],
  },
});
