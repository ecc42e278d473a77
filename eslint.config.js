import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const FREE_REASON = 'Give the refusal a reason from its lib\'s ErrorReason enum (in the schema for clients), not a free string.';
const READ_BY_IDS = 'Read rows by a list of ids with findByIds (@chainmatch/core): an empty list must read nothing, not the whole table.';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', 'coverage/', 'apps/console/src/gql/', 'test/gql/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    // No consistent-type-imports: Nest injects by the classes that decorator metadata references,
    // and turning those imports into `import type` erases them.
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@chainmatch/*/*'], message: 'Import a lib through its index (@chainmatch/<lib>).' }],
        paths: [{ name: 'typeorm', importNames: ['In'], message: READ_BY_IDS }],
      }],
      'no-restricted-syntax': ['error', {
        // TypeORM reads `findBy([])` as no condition at all: the whole table.
        selector: "CallExpression[callee.property.name=/^find(One)?By$/] > :matches(ArrayExpression, CallExpression[callee.property.name='map']).arguments",
        message: READ_BY_IDS,
      }, ...[
        "NewExpression[callee.name=/^(ConflictError|ForbiddenError|UnauthenticatedError|BadUserInputError)$/] > :matches(Literal, TemplateLiteral):nth-child(2)",
        "NewExpression[callee.name='RateLimitedError'] > :matches(Literal, TemplateLiteral):nth-child(3)",
        "CallExpression[callee.object.name='BadUserInputError'][callee.property.name='of'] > :matches(Literal, TemplateLiteral):nth-child(3)",
      ].map((selector) => ({ selector, message: FREE_REASON }))],
    },
  },
  {
    files: ['libs/core/src/database/find-by-ids.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests still sending string operations read their responses untyped; typed documents (test/gql) need no `any`.
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    // The console's build scripts report on the terminal.
    files: ['apps/console/*.js'],
    languageOptions: { globals: { console: 'readonly' } },
  },
  {
    // The API's build runs before anything is compiled (apps/api/build-api.mjs).
    files: ['apps/api/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly' } },
  },
);
