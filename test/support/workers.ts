import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { ProcessRole } from '../../apps/api/src/background/background-loop.js';
import { WorkerModule } from '../../apps/api/src/background/worker.module.js';
import { nestLogger } from '../../apps/api/src/logger.js';
import { testEnvironment, testLogger } from './test-api.js';

/** A worker process kind (`npm run sweepers`, `search:worker`, `match:worker`) on a test's database, in this process. */
export async function startWorker(databaseUrl: string, roles: ProcessRole[], env: Record<string, string> = {}): Promise<INestApplicationContext> {
  const module = WorkerModule.register({ env: testEnvironment(env), databaseUrl, roles });
  const context = await NestFactory.createApplicationContext(module, { logger: nestLogger(testLogger()) });
  return context.init();
}
