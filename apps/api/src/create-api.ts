import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from './app.module.js';

/** Builds the API application on a prepared database (used by `main.ts` and the end-to-end tests). */
export async function createApi(databaseUrl: string, logger: PinoLogger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ databaseUrl, logger }), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  // Bounded request bodies: GraphQL operations are small; listings carry at most a few KB of text.
  app.useBodyParser('json', { limit: '256kb' });
  return app;
}
