import { ArgumentLiteralsRule, createGraphQLErrorFormatter, DateTimeScalar, DEFAULT_PAGE_SIZE } from '@chainmatch/core';
import { MutationRateLimit } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { ERROR_REASON_ENUMS } from './error-reasons.js';
import { explorerPagePlugin } from './explorer-page.plugin.js';
import { API_FIELD_COSTS } from './query-limits/field-costs.js';
import { LimitedIntrospectionRule } from './query-limits/limited-introspection.rule.js';
import { queryLimitsPlugin, type QueryLimits } from './query-limits/query-limits.plugin.js';
import { retryableStatusPlugin } from './retryable-status.plugin.js';
import { graphqlContext } from './subscriptions/ws-connection.js';

const logger = new Logger('GraphQL');

/** The rules both transports hold operations to: limits, and how errors are shown and logged. */
export function graphqlEdgeRules(config: AppConfig) {
  const landingPage = config.get('GRAPHQL_LANDING_PAGE') ?? !config.isProduction;
  const limits: QueryLimits = {
    maxDepth: config.get('GRAPHQL_MAX_DEPTH'),
    maxComplexity: config.get('GRAPHQL_MAX_COMPLEXITY'),
    defaultPageSize: DEFAULT_PAGE_SIZE,
    maxPageSize: config.get('PAGE_SIZE_MAX'),
    fields: API_FIELD_COSTS,
  };
  // Without introspection, "Did you mean …" suggestions would reveal the schema it hides.
  const formatError = createGraphQLErrorFormatter((error) => logger.error(error), { hideSchemaDetails: !landingPage });
  return { landingPage, limits, formatError };
}

export function graphqlOptions(config: AppConfig, moduleRef: ModuleRef): ApolloDriverConfig {
  const { landingPage, limits, formatError } = graphqlEdgeRules(config);
  return {
    path: '/graphql',
    // Built in memory at start; `npm run schema:emit` writes the committed copy in schema/.
    autoSchemaFile: true,
    sortSchema: true,
    // The enums of refusal reasons are referenced by no field; OrphanedTypesFactory accepts enums too.
    buildSchemaOptions: {
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      orphanedTypes: ERROR_REASON_ENUMS as unknown as (new () => object)[],
    },
    validationRules: [ArgumentLiteralsRule, ...(landingPage ? [] : [LimitedIntrospectionRule])],
    includeStacktraceInErrorResponses: config.get('NODE_ENV') === 'development',
    playground: false,
    // Execution errors keep HTTP 200 anyway; retryableStatusPlugin alone answers 503 (nothing done, retry).
    preserveHttpStatusForExecutionErrors: false,
    // Off without the landing page, but through LimitedIntrospectionRule rather than Apollo's rule.
    introspection: true,
    plugins: [
      queryLimitsPlugin(limits, () => moduleRef.get(MutationRateLimit, { strict: false })),
      retryableStatusPlugin(),
      ...(landingPage ? [explorerPagePlugin(config.get('CONSOLE_DIR'))] : []),
    ],
    formatError,
    context: graphqlContext,
    // Subscriptions (graphql-ws on the same path) are served by LiveUpdateServer, with its limits.
  };
}
