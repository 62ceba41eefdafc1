import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const core = fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url));
const node = fileURLToPath(new URL('../packages/core/src/node.ts', import.meta.url));

export default defineConfig({
  // The longer name first: an alias also matches as a prefix.
  resolve: {
    alias: [
      { find: '@blameless-lint/core/node', replacement: node },
      { find: /^@blameless-lint\/core$/, replacement: core },
    ],
  },
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    globalSetup: ['test/setup/gen-rules.ts'],
    testTimeout: 30_000,
  },
});
