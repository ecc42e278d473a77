import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Whatever else a resolver throws goes to the GraphQL error formatter as it is, which logs it
 * there, once, and masks it. Without this filter Nest logs every unexpected error itself first
 * (with the request), so each failure was logged twice. Other contexts (HTTP controllers) keep
 * Nest's handling. Register it before DomainErrorFilter: Nest tries global filters last-registered
 * first, so domain refusals still reach that one.
 */
@Catch()
export class UnexpectedErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
