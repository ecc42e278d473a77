import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation the tests write with `graphql(…)`, from the committed schema, as the
 * console's are (apps/console/codegen.ts): an operation that no longer fits the schema fails
 * codegen, and a changed result type fails the tests' type-check (both run in `npm run lint`).
 * Run from the repository root.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // `.js` on the generated imports: the tests compile as Node ESM (nodenext), not through a bundler.
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' }, avoidOptionals: { field: true }, importExtension: '.js' },
    },
  },
  silent: true,
};
export default config;
