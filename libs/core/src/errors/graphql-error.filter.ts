import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Whatever a resolver throws goes to the GraphQL error formatter as it is: expected refusals reach
 * the client with their code, unexpected failures are logged there, once, and masked. Without this
 * filter Nest logs every unexpected error itself first (with the request), so each failure was
 * logged twice. Other contexts (HTTP controllers) keep Nest's handling.
 */
@Catch()
export class GraphQLErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
