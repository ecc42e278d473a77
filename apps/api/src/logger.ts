import type { Environment } from '@chainmatch/config';
import { pino, type Logger } from 'pino';

export function createLogger(env: Pick<Environment, 'LOG_LEVEL' | 'LOG_PRETTY' | 'NODE_ENV'>): Logger {
  const pretty = env.LOG_PRETTY ?? env.NODE_ENV === 'development';
  return pino({
    level: env.LOG_LEVEL,
    ...(pretty && { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }),
  });
}
