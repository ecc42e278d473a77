import { AppConfigModule, type Environment } from '@chainmatch/config';
import { TransactionsModule } from '@chainmatch/core';
import { EventsModule } from '@chainmatch/events';
import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '../database/data-source-options.js';
import type { ProcessRole } from './background-loop.js';
import { BackgroundModule } from './background.module.js';

export interface WorkerOptions {
  env: Environment;
  databaseUrl: string;
  roles: readonly ProcessRole[];
}

/**
 * A worker process: configuration, the database with its unit of work, the event bus and the
 * background loops of its roles with the modules their tasks need — no HTTP server, no GraphQL, no
 * other loop.
 */
@Module({})
export class WorkerModule {
  static register(options: WorkerOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.register(options.env),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, options.env.DATABASE_CONNECT_TIMEOUT_MS)),
        TransactionsModule,
        EventsModule,
        BackgroundModule.register(options.roles),
      ],
    };
  }
}
