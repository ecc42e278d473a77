import type { AbortReason } from '@chainmatch/database';
import { runAbortable } from '@chainmatch/database';
import type { NextFunction, Request, Response } from 'express';

/**
 * Gives every HTTP request a deadline: after `timeoutMs`, or as soon as the client closes the
 * connection before its answer is sent, the request's database work is aborted (runAbortable) —
 * cancelled statements, rolled-back transactions — instead of running on and committing for no
 * one. Registered after the body parser, so the request's handlers run in its scope.
 */
export function requestDeadline(timeoutMs: number) {
  return (_request: Request, response: Response, next: NextFunction): void => {
    const controller = new AbortController();
    const abort = (reason: AbortReason) => controller.abort(reason);
    const timer = setTimeout(() => abort('DEADLINE_EXCEEDED'), timeoutMs);
    response.on('close', () => {
      clearTimeout(timer);
      if (!response.writableFinished) abort('CLIENT_CLOSED');
    });
    runAbortable(controller.signal, next);
  };
}
