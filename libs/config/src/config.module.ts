import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AppConfig } from './app-config.js';
import type { Environment } from './environment.js';

@Global()
@Module({})
export class AppConfigModule {
  /**
   * The configuration of one process, validated once where the process starts (validateEnvironment)
   * and passed in: a process kind or a test chooses its settings without touching process.env.
   */
  static register(environment: Environment): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [{ provide: AppConfig, useValue: new AppConfig(environment) }],
      exports: [AppConfig],
    };
  }
}
