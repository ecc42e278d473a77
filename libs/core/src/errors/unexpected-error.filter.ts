import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Whatever else a resolver throws goes to the GraphQL error formatter as it is, which logs it
 * there, once, and masks it. Without this filter Nest logs every unexpected error itself first
 * (with the request), so each failure was logged twice. Other contexts (HTTP controllers) keep
 * Nest's handling. Register it before DomainErrorFilter: Nest tries global filters last-registered
 * first, so domain refusals still reach that one.
 * Rethrown, not returned: graphql-js treats a returned value as the field's value unless it is an
 * Error of its own realm, and errors from another realm (a socket error seen from jest's VM) then
 * failed as an unserializable value instead of reaching the formatter (which answers a database
 * outage with SERVICE_UNAVAILABLE).
 */
@Catch()
export class UnexpectedErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    return super.catch(exception, host);
  }
}
