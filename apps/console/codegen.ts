import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation the console sends, from the committed schema: an operation that no
 * longer fits the schema fails codegen, and a changed result type fails the console's type-check
 * (both run in `npm run lint`). Run from the repository root.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['apps/console/src/**/*.{ts,tsx}', '!apps/console/src/gql/**'],
  generates: {
    'apps/console/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' }, avoidOptionals: { field: true } },
    },
    // Every enum of the schema, used or not by an operation: the refusal reasons (`extensions.reason`)
    // the console explains are typed by the API's enums, so a reason the API drops or renames fails the type-check.
    'apps/console/src/gql/schema-enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
  },
  silent: true,
};
export default config;
