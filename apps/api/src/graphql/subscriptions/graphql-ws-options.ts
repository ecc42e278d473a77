import { CallerService } from '@chainmatch/auth';
import type { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost, type SubscriptionConfig } from '@nestjs/graphql';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { QueryLimits } from '../query-limits/query-limits.plugin.js';
import { subscribePerEvent } from './subscribe-per-event.js';
import { admitConnection } from './ws-connection.js';
import { prepareSubscription, type SubscribePayload } from './ws-operation.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface LiveUpdateTransportOptions {
  /** Resolves providers once the application is up (the GraphQL options are built before it is). */
  moduleRef: ModuleRef;
  limits: QueryLimits;
  /** The HTTP error formatter, so refusals carry the same `extensions.code` over both transports. */
  formatError: FormatError;
}

/**
 * graphql-ws (the `graphql-transport-ws` protocol) on the API's own HTTP server and path. Apollo's
 * plugins do not run for WebSocket operations, so what they do for HTTP is done here: errors
 * (refusals before the start included) are formatted alike, and operations are checked against the
 * same rules and limits.
 */
export function liveUpdateTransport({ moduleRef, limits, formatError }: LiveUpdateTransportOptions): SubscriptionConfig {
  const callers = () => moduleRef.get(CallerService, { strict: false });
  const schema = () => moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
  const graphqlWs = {
    path: '/graphql',
    onConnect: (ctx: { connectionParams?: Readonly<Record<string, unknown>> }) => admitConnection(ctx, callers()),
    onSubscribe: (_ctx: unknown, _id: string, payload: SubscribePayload) => {
      const prepared = prepareSubscription(payload, schema(), limits);
      return Array.isArray(prepared) ? prepared.map((error) => formatRefusal(error, formatError)) : prepared;
    },
    onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) => formatResult(result, formatError),
    subscribe: subscribePerEvent,
  };
  return { 'graphql-ws': graphqlWs };
}

/** A refusal before the subscription starts, formatted as HTTP formats errors (codes, field paths, no suggestions where hidden). */
function formatRefusal(error: GraphQLError, formatError: FormatError): GraphQLError {
  const { message, extensions } = formatError(error.toJSON(), error);
  return new GraphQLError(message, { nodes: error.nodes, extensions });
}

function formatResult(result: ExecutionResult, formatError: FormatError) {
  if (!result.errors?.length) return undefined;
  return { ...result, errors: result.errors.map((error: GraphQLError) => formatError(error.toJSON(), error)) };
}
