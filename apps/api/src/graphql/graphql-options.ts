import { ArgumentLiteralsRule, createGraphQLErrorFormatter, DateTimeScalar, DEFAULT_PAGE_SIZE } from '@chainmatch/core';
import { MutationRateLimit } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { API_FIELD_COSTS } from './query-limits/field-costs.js';
import { LimitedIntrospectionRule } from './query-limits/limited-introspection.rule.js';
import { queryLimitsPlugin, type QueryLimits } from './query-limits/query-limits.plugin.js';
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
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    validationRules: [ArgumentLiteralsRule, ...(landingPage ? [] : [LimitedIntrospectionRule])],
    includeStacktraceInErrorResponses: config.get('NODE_ENV') === 'development',
    playground: false,
    // Off without the landing page, but through LimitedIntrospectionRule rather than Apollo's rule.
    introspection: true,
    plugins: [
      queryLimitsPlugin(limits, () => moduleRef.get(MutationRateLimit, { strict: false })),
      ...(landingPage ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })] : []),
    ],
    formatError,
    context: graphqlContext,
    // Subscriptions (graphql-ws on the same path) are served by LiveUpdateServer, with its limits.
  };
}
