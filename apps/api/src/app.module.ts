import { AuditModule } from '@chainmatch/audit';
import { AccessGuard, AuthModule } from '@chainmatch/auth';
import { ChainsModule } from '@chainmatch/chains';
import { AppConfig, type Environment } from '@chainmatch/config';
import { DomainErrorFilter, InputValidationPipe, UnexpectedErrorFilter } from '@chainmatch/core';
import { EnterprisesModule } from '@chainmatch/enterprises';
import { EventsModule } from '@chainmatch/events';
import { InsightModule } from '@chainmatch/insight';
import { InterestModule } from '@chainmatch/interest';
import { LexiconModule } from '@chainmatch/lexicon';
import { ListingsModule } from '@chainmatch/listings';
import { MatchingModule } from '@chainmatch/matching';
import { RegionsModule } from '@chainmatch/regions';
import { SearchModule } from '@chainmatch/search';
import { UnitsModule } from '@chainmatch/units';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { inProcessRoles } from './background/background-loop.js';
import { BackgroundModule } from './background/background.module.js';
import { ConsoleModule } from './console/console.module.js';
import { foundationModules } from './database/foundation-modules.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { LiveUpdatesModule } from './graphql/subscriptions/live-updates.module.js';
import { DatabaseProbe } from './health/database.probe.js';
import { HealthController } from './health/health.controller.js';
import { ReadinessChecks } from './health/readiness.checks.js';
import { referenceIdLookupProvider } from './reference-ids.provider.js';

export interface AppModuleOptions {
  databaseUrl: string;
  env: Environment;
}

/** Wires the domain libraries into one GraphQL API; the database is resolved before this runs. */
@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...foundationModules(options.env, options.databaseUrl),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({ driver: ApolloDriver, inject: [AppConfig, ModuleRef], useFactory: graphqlOptions }),
        TerminusModule,
        AuthModule,
        AuditModule,
        RegionsModule,
        ChainsModule,
        UnitsModule,
        LexiconModule,
        EnterprisesModule,
        ListingsModule,
        EventsModule,
        MatchingModule,
        InterestModule,
        LiveUpdatesModule,
        SearchModule,
        ConsoleModule,
        InsightModule,
        BackgroundModule.register(inProcessRoles(options.env)),
      ],
      controllers: [HealthController],
      providers: [
        DatabaseProbe,
        ReadinessChecks,
        referenceIdLookupProvider,
        { provide: APP_PIPE, useClass: InputValidationPipe },
        // Tried last-registered first: domain refusals by DomainErrorFilter, anything else by UnexpectedErrorFilter.
        { provide: APP_FILTER, useClass: UnexpectedErrorFilter },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        // Mutations are counted before execution, by the request gate (graphql/query-limits).
        { provide: APP_GUARD, useExisting: AccessGuard },
      ],
    };
  }
}
