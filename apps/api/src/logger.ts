import type { Environment } from '@chainmatch/config';
import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Credentials a logged request or response may carry: a log line must never hand out a session.
 * Errors are logged with the request they failed (nestjs-pino binds it), headers included.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
];

/** The process's logger; `destination` (tests) replaces standard output. */
export function createLogger(env: Pick<Environment, 'LOG_LEVEL' | 'LOG_PRETTY' | 'NODE_ENV'>, destination?: DestinationStream): Logger {
  const pretty = !destination && (env.LOG_PRETTY ?? env.NODE_ENV === 'development');
  const options = {
    level: env.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(pretty && { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }),
  };
  return destination ? pino(options, destination) : pino(options);
}
