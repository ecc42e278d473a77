import { useEffect, useRef } from 'react';

/** Reads a query afresh whenever `tick` moves on (a live event arrived); not on the first render. */
export function useReloadOn(tick: number, reload: (options: { requestPolicy: 'network-only' }) => void): void {
  const first = useRef(tick);
  useEffect(() => {
    if (tick !== first.current) reload({ requestPolicy: 'network-only' });
  }, [tick, reload]);
}
