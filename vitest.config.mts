import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@site': fileURLToPath(new URL('.', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
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
