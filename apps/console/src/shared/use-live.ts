import { useRef } from 'react';
import { useSubscription, type TypedDocumentNode } from 'urql';

/**
 * Calls `onEvent` for each event of a subscription (without variables) while the component is shown.
 * The socket and its token are the client's concern (api/client.ts): it reconnects after a refresh
 * and resubscribes.
 */
export function useLive<Data>(query: TypedDocumentNode<Data, { [key: string]: never }>, onEvent: (event: Data) => void, pause = false): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useSubscription({ query, pause }, (_previous: Data | undefined, event: Data) => {
    handler.current(event);
    return event;
  });
}
