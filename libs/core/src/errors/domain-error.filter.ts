import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { DomainError, ErrorCode } from './domain-error.js';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * Expected refusals (wrong input, no access, conflicts) go to the client as they are, without Nest
 * logging each one as an error; unexpected failures still are, by the GraphQL error formatter.
 * Over plain HTTP (downloads) the refusal is a JSON body with the same code and details.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType() !== 'http') return error;
    const { violations, ...rest } = error.details;
    host.switchToHttp().getResponse<Response>().status(HTTP_STATUS[error.code] ?? 500).json({
      message: error.message, code: error.code, ...rest, ...(violations && { field: violations[0]?.field, violations }),
    });
  }
}
