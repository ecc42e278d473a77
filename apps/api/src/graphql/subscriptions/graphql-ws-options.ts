import { CallerService } from '@chainmatch/auth';
import { CoreErrorReason, ErrorCode } from '@chainmatch/core';
import type { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { QueryLimits } from '../query-limits/query-limits.plugin.js';
import { subscribePerEvent } from './subscribe-per-event.js';
import { admitConnection, graphqlContext, type WsConnectionContext } from './ws-connection.js';
import { prepareSubscription, type SubscribePayload } from './ws-operation.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface LiveUpdateTransportOptions {
  /** Resolves providers once the application is up (the GraphQL options are built before it is). */
  moduleRef: ModuleRef;
  limits: QueryLimits;
  /** Subscriptions one connection may hold at once. */
  maxSubscriptions: number;
  /** The HTTP error formatter, so refusals carry the same `extensions.code` over both transports. */
  formatError: FormatError;
}

/**
 * graphql-ws (the `graphql-transport-ws` protocol) served by LiveUpdateServer. Apollo's plugins do
 * not run for WebSocket operations, so what they do for HTTP is done here: errors (refusals before
 * the start included) are formatted alike, and operations are checked against the same rules and
 * limits — and a connection holds at most `maxSubscriptions` subscriptions.
 */
export function liveUpdateTransport({ moduleRef, limits, maxSubscriptions, formatError }: LiveUpdateTransportOptions): ServerOptions {
  const callers = () => moduleRef.get(CallerService, { strict: false });
  const schema = () => moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
  return {
    schema,
    context: (ctx) => graphqlContext(ctx as WsConnectionContext),
    onConnect: (ctx) => admitConnection(ctx, callers()),
    onSubscribe: (ctx, _id, payload) => {
      const prepared = tooManySubscriptions(ctx, maxSubscriptions) ?? prepareSubscription(payload as SubscribePayload, schema(), limits);
      return Array.isArray(prepared) ? prepared.map((error) => formatRefusal(error, formatError)) : prepared;
    },
    onNext: (_ctx, _id, _payload, _args, result) => formatResult(result as ExecutionResult, formatError),
    subscribe: subscribePerEvent,
  };
}

/** graphql-ws has already entered the new subscription in `ctx.subscriptions` when onSubscribe runs. */
function tooManySubscriptions(ctx: Context, max: number): GraphQLError[] | undefined {
  if (Object.keys(ctx.subscriptions).length <= max) return undefined;
  const message = `a connection may hold at most ${max} subscriptions; complete one first`;
  return [new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, reason: CoreErrorReason.TOO_MANY_SUBSCRIPTIONS, maxSubscriptions: max } })];
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
