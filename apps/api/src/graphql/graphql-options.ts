import { createGraphQLErrorFormatter, DEFAULT_PAGE_SIZE } from '@chainmatch/core';
import { AppConfig } from '@chainmatch/config';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { ERROR_REASON_ENUMS } from './error-reasons.js';
import { explorerPagePlugin } from './explorer-page.plugin.js';
import { queryLimitsPlugin, type QueryLimits } from './query-limits/query-limits.plugin.js';
import { retryableStatusPlugin } from './retryable-status.plugin.js';
import { liveUpdateTransport } from './subscriptions/graphql-ws-options.js';
import { graphqlContext } from './subscriptions/ws-connection.js';

const logger = new Logger('GraphQL');

export function graphqlOptions(config: AppConfig, moduleRef: ModuleRef): ApolloDriverConfig {
  const landingPage = config.get('GRAPHQL_LANDING_PAGE') ?? !config.isProduction;
  const limits: QueryLimits = {
    maxDepth: config.get('GRAPHQL_MAX_DEPTH'),
    maxComplexity: config.get('GRAPHQL_MAX_COMPLEXITY'),
    defaultPageSize: DEFAULT_PAGE_SIZE,
    maxPageSize: config.get('PAGE_SIZE_MAX'),
  };
  const formatError = createGraphQLErrorFormatter((error) => logger.error(error));
  return {
    path: '/graphql',
    // Built in memory at start; `npm run schema:emit` writes the committed copy in schema/.
    autoSchemaFile: true,
    sortSchema: true,
    // The enums of refusal reasons are referenced by no field; OrphanedTypesFactory accepts enums too.
    buildSchemaOptions: { orphanedTypes: ERROR_REASON_ENUMS as unknown as (new () => object)[] },
    playground: false,
    // Execution errors keep HTTP 200 anyway; retryableStatusPlugin alone answers 503 (nothing done, retry).
    preserveHttpStatusForExecutionErrors: false,
    introspection: landingPage,
    plugins: [
      queryLimitsPlugin(limits),
      retryableStatusPlugin(),
      ...(landingPage ? [explorerPagePlugin(config.get('CONSOLE_DIR'))] : []),
    ],
    formatError,
    context: graphqlContext,
    // Subscriptions over graphql-ws on the same server and path (apps/api/src/graphql/subscriptions).
    subscriptions: liveUpdateTransport({ moduleRef, limits, formatError }),
  };
}
