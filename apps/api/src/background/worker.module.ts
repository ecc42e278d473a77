import type { Environment } from '@chainmatch/config';
import { EventsModule } from '@chainmatch/events';
import { Module, type DynamicModule } from '@nestjs/common';
import { foundationModules } from '../database/foundation-modules.js';
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
        ...foundationModules(options.env, options.databaseUrl),
        EventsModule,
        BackgroundModule.register(options.roles),
      ],
    };
  }
}
