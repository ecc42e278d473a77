import { ErrorCode } from '@chainmatch/core';
import type { ErrorRequestHandler } from 'express';

/**
 * body-parser refuses a body over its limit with a 413 that Express would answer with an HTML
 * page; clients get it as a GraphQL-style error instead. Registered right after the body parser.
 */
export const payloadTooLargeHandler: ErrorRequestHandler = (error: { type?: string; limit?: number }, _request, response, next) => {
  if (error?.type !== 'entity.too.large') return next(error);
  response.status(413).json({
    errors: [{
      message: `the request body is larger than ${error.limit} bytes`,
      extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, limitBytes: error.limit },
    }],
  });
};
