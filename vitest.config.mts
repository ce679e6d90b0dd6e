import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        // Runs against the static output of `npm run build`.
        test: {
          name: 'site',
          environment: 'node',
          include: ['tests/site/**/*.test.ts'],
        },
      },
    ],
  },
});
