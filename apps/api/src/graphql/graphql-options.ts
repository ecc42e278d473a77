import { createGraphQLErrorFormatter } from '@chainmatch/core';
import { AppConfig } from '@chainmatch/config';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request } from 'express';

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
    plugins: landingPage ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })] : [],
    formatError: createGraphQLErrorFormatter((error) => logger.error(error)),
    context: ({ req }: { req: Request }) => ({ req }),
  };
}
