import type { Environment } from '@chainmatch/config';
import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';

export function createLogger(env: Pick<Environment, 'LOG_LEVEL' | 'LOG_PRETTY' | 'NODE_ENV'>): Logger {
  const pretty = env.LOG_PRETTY ?? env.NODE_ENV === 'development';
  return pino({
    level: env.LOG_LEVEL,
    ...(pretty && { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }),
  });
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's logger interface over pino, so Nest's own lines and the application's share one output.
 * (nestjs-pino does this too, but every release for NestJS 12 requires Node 22; this is all we used.)
 * Nest passes the logging class's context last; errors keep their stack under `err`.
 */
export function nestLogger(logger: Logger): LoggerService {
  const write = (level: Level) => (message: unknown, ...rest: unknown[]) => {
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    if (message instanceof Error) logger[level]({ context, err: message }, message.message);
    else logger[level]({ context }, typeof message === 'string' ? message : JSON.stringify(message));
  };
  return { fatal: write('fatal'), error: write('error'), warn: write('warn'), log: write('info'), debug: write('debug'), verbose: write('trace') };
}
