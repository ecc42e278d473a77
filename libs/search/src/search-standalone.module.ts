import { AppConfigModule, type Environment } from '@chainmatch/config';
import { Module, type DynamicModule, type INestApplicationContext, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { SearchCoreModule } from './search-core.module.js';

/**
 * Search without the API, for the command-line tools (`index:verify`, `index:rebuild`) and the
 * benchmark: configuration, the database, and SearchCoreModule.
 */
@Module({})
export class SearchStandaloneModule {
  static register(dataSourceOptions: DataSourceOptions, env: Environment): DynamicModule {
    return {
      module: SearchStandaloneModule,
      imports: [AppConfigModule.register(env), TypeOrmModule.forRoot(dataSourceOptions), SearchCoreModule],
      exports: [SearchCoreModule],
    };
  }
}

/**
 * A Nest application context with search only, for the commands that verify or rebuild the index
 * and the benchmark. No loop runs in it: the sync loop belongs to the process kinds that register it.
 */
export async function createSearchContext(dataSourceOptions: DataSourceOptions, log: LineLogger, env: Environment): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(SearchStandaloneModule.register(dataSourceOptions, env), { logger: nestLogger(log) });
  await context.init();
  return context;
}

/** The few methods of a logger (pino's, console) the command-line tools hand in. */
export interface LineLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: unknown): void;
}

function nestLogger(log: LineLogger): LoggerService {
  const line = (message: unknown, context?: unknown) => (context ? `[${String(context)}] ${String(message)}` : String(message));
  return {
    log: (message, context) => log.info(line(message, context)),
    warn: (message, context) => log.warn(line(message, context)),
    error: (message, ...rest) => log.error(message instanceof Error ? message : line(message, rest.at(-1))),
    debug: () => undefined,
    verbose: () => undefined,
  };
}
