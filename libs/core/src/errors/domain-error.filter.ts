import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from './domain-error.js';

/**
 * Expected refusals (wrong input, no access, conflicts) go to the client as they are, without Nest
 * logging each one as an error; unexpected failures still are, by the GraphQL error formatter.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
