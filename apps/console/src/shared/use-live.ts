import { App } from 'antd';
import { useRef, useState } from 'react';
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

/**
 * Tells the reader of each event (a notification saying `describe(event)`) and counts the events:
 * lists take the count as their cue to read afresh (useReloadOn).
 */
export function useLiveTick<Data>(query: TypedDocumentNode<Data, { [key: string]: never }>, describe: (event: Data) => string, pause = false): number {
  const { notification } = App.useApp();
  const [tick, setTick] = useState(0);
  useLive(query, (event) => {
    notification.info({ title: describe(event), placement: 'bottomRight' });
    setTick((previous) => previous + 1);
  }, pause);
  return tick;
}
