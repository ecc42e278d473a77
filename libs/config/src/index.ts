export { AppConfig } from './app-config.js';
export { AppConfigModule } from './config.module.js';
export { Environment, EPHEMERAL_PORTS, InvalidEnvironmentError, LOG_LEVELS, validateEnvironment } from './environment.js';
export type { LogLevel } from './environment.js';
