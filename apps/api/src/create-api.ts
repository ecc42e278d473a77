import { AppConfig, type Environment } from '@chainmatch/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from './app.module.js';
import { payloadTooLargeHandler } from './graphql/query-limits/payload-too-large.js';
import { persistedQueryExtensionCheck } from './graphql/query-limits/persisted-query-extension.js';
import { requestDeadline } from './http/request-deadline.js';
import { logRequestScope, nestLogger } from './logger.js';

/**
 * Builds the API application on a prepared database with the configuration it is given (used by
 * `main.ts`, the command-line tools and the end-to-end tests).
 */
export async function createApi(databaseUrl: string, logger: PinoLogger, env: Environment): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ databaseUrl, env }), {
    logger: nestLogger(logger),
    bodyParser: false,
  });
  const trustProxy = app.get(AppConfig).get('TRUST_PROXY');
  if (trustProxy !== undefined) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  // Bounded request bodies: GraphQL operations are small; listings carry at most a few KB of text.
  app.useBodyParser('json', { limit: '256kb' });
  app.use(payloadTooLargeHandler);
  app.use(logRequestScope);
  app.use('/graphql', persistedQueryExtensionCheck);
  app.use(requestDeadline(env.REQUEST_TIMEOUT_MS));
  // Nothing tells a client (or a scanner) which framework answers.
  app.disable('x-powered-by');
  return app;
}
