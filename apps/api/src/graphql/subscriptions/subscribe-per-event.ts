import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { mapEvents } from './event-streams.js';

/**
 * graphql's `subscribe`, except that each event is executed with its own shallow copy of the
 * context. A subscription's context lives as long as the subscription, but the per-request
 * DataLoaders (`requestLoader`) kept on it must not: they would serve every later event the
 * enterprise or listing as it was at the first one, and grow without bound.
 */
export async function subscribePerEvent(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const context = args.contextValue as object;
  return mapEvents(stream[Symbol.asyncIterator](), (event) => execute({ ...args, rootValue: event, contextValue: { ...context } }));
}
