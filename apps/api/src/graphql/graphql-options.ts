import { createGraphQLErrorFormatter, DEFAULT_PAGE_SIZE } from '@chainmatch/core';
import { AppConfig } from '@chainmatch/config';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request } from 'express';
import { queryLimitsPlugin } from './query-limits/query-limits.plugin.js';

const logger = new Logger('GraphQL');

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const landingPage = config.get('GRAPHQL_LANDING_PAGE') ?? !config.isProduction;
  return {
    path: '/graphql',
    // Built in memory at start; `npm run schema:emit` writes the committed copy in schema/.
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: landingPage,
    plugins: [
      queryLimitsPlugin({
        maxDepth: config.get('GRAPHQL_MAX_DEPTH'),
        maxComplexity: config.get('GRAPHQL_MAX_COMPLEXITY'),
        defaultPageSize: DEFAULT_PAGE_SIZE,
        maxPageSize: config.get('PAGE_SIZE_MAX'),
      }),
      ...(landingPage ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })] : []),
    ],
    formatError: createGraphQLErrorFormatter((error) => logger.error(error)),
    context: ({ req }: { req: Request }) => ({ req }),
  };
}
