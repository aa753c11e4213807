import type { CodegenConfig } from '@graphql-codegen/cli';

const clientPreset = {
  preset: 'client' as const,
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { DateTime: 'string', Cursor: 'string' },
  },
  presetConfig: { fragmentMasking: false },
};

/** Typed documents for the tests, the web client and the producer SDK, generated from the committed SDL (`npm run codegen`, which then prints the web's role table with scripts/print-roles.ts). */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': { ...clientPreset, documents: ['test/**/*.ts', 'bench/**/*.ts', '!test/gql/**'] },
    // The SDK is also built to plain ESM (src/producer/tsconfig.build.json): its generated imports name their files.
    'src/producer/gql/': {
      ...clientPreset,
      config: { ...clientPreset.config, emitLegacyCommonJSImports: false },
      documents: ['src/producer/**/*.ts', '!src/producer/gql/**'],
    },
    'web/src/gql/': { ...clientPreset, documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**', '!web/src/generated/**'] },
  },
};

export default config;
