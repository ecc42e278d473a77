import type { ApolloServerPlugin } from '@apollo/server';
import { RETRYABLE_CODES } from '@chainmatch/core';

/**
 * A response that got nothing done for a reason that passes by itself (the database is unreachable)
 * answers HTTP 503 with Retry-After, as load balancers and HTTP clients expect — not 200, nor a 500
 * that reads as a bug; `extensions.code` says the same to GraphQL clients. A response with data
 * stays 200, as GraphQL over HTTP requires. (Nest's plugin that forces 200 on every execution error
 * is switched off in graphql-options.ts for this; nothing else sets an HTTP status on such errors.)
 */
export function retryableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || response.body.singleResult.data) return;
          const retryable = response.body.singleResult.errors?.find((error) => RETRYABLE_CODES.has(String(error.extensions?.code)));
          if (!retryable) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryable.extensions?.retryAfterSeconds ?? 1));
        },
      };
    },
  };
}
