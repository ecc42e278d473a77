import type { Environment } from '@chainmatch/config';
import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';

/**
 * Credentials a logged request or response may carry: a log line must never hand out a session.
 * What the application logs while serving an HTTP request carries that request (logRequestScope),
 * headers included.
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

const servedRequest = new AsyncLocalStorage<Request>();

/** Middleware: the request being served, for the log lines written while serving it (as nestjs-pino bound it). */
export function logRequestScope(request: Request, _response: Response, next: NextFunction): void {
  servedRequest.run(request, next);
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's logger interface over pino, so Nest's own lines and the application's share one output.
 * (nestjs-pino does this too, but every release for NestJS 12 requires Node 22; this is all we used.)
 * Nest passes the logging class's context last; errors keep their stack under `err`, and a line
 * written while serving a request carries it under `req` (method, URL, headers, address — pino's
 * request serializer; createLogger redacts the credentials).
 */
export function nestLogger(logger: Logger): LoggerService {
  const write = (level: Level) => (message: unknown, ...rest: unknown[]) => {
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const served = servedRequest.getStore();
    const req = served && stdSerializers.req(served);
    if (message instanceof Error) logger[level]({ context, req, err: message }, message.message);
    else logger[level]({ context, req }, typeof message === 'string' ? message : JSON.stringify(message));
  };
  return { fatal: write('fatal'), error: write('error'), warn: write('warn'), log: write('info'), debug: write('debug'), verbose: write('trace') };
}
