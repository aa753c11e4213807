import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql module for the app and the tests ("Cannot use GraphQLSchema from another module or realm").
    // The SDK's source, not the build its package exports name (dist/producer: test/producer-package.test.ts builds it).
    alias: { graphql: require.resolve('graphql'), 'vigil/producer': fileURLToPath(new URL('./src/producer/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
