import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/budgets/**/*.test.ts', 'tests/bench/**/*.test.ts'],
    environment: 'node',
  },
});
