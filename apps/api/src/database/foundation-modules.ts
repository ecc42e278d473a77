import { AppConfigModule, type Environment } from '@chainmatch/config';
import { TransactionsModule } from '@chainmatch/core';
import type { DynamicModule, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options.js';

/**
 * What every process kind (the API, each worker) is composed on: the configuration it was given, the
 * database, and the unit of work the libraries' writes join — one list, so no kind can miss one.
 */
export function foundationModules(env: Environment, databaseUrl: string): (DynamicModule | Type<unknown>)[] {
  return [
    AppConfigModule.register(env),
    TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, env.DATABASE_CONNECT_TIMEOUT_MS)),
    TransactionsModule,
  ];
}
