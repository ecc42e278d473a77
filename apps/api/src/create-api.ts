import { AppConfig } from '@chainmatch/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from './app.module.js';
import { payloadTooLargeHandler } from './graphql/query-limits/payload-too-large.js';
import { persistedQueryExtensionCheck } from './graphql/query-limits/persisted-query-extension.js';

/** Builds the API application on a prepared database (used by `main.ts` and the end-to-end tests). */
export async function createApi(databaseUrl: string, logger: PinoLogger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ databaseUrl, logger }), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const trustProxy = app.get(AppConfig).get('TRUST_PROXY');
  if (trustProxy !== undefined) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  // Bounded request bodies: GraphQL operations are small; listings carry at most a few KB of text.
  app.useBodyParser('json', { limit: '256kb' });
  app.use(payloadTooLargeHandler);
  app.use('/graphql', persistedQueryExtensionCheck);
  // Nothing tells a client (or a scanner) which framework answers.
  app.disable('x-powered-by');
  return app;
}
