import type { Environment } from './environment.js';

/**
 * Typed read access to the validated environment for the rest of the application. Built from the
 * Environment a process was given (see AppConfigModule.register), never read from process.env here.
 */
export class AppConfig {
  constructor(private readonly environment: Environment) {}

  get<K extends keyof Environment>(key: K): Environment[K] {
    return this.environment[key];
  }

  get isProduction(): boolean {
    return this.get('NODE_ENV') === 'production';
  }
}
