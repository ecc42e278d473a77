/** Injection token of the application's event bus. */
export const EVENT_BUS = Symbol('EventBus');

/** Topics and their payloads; payloads carry ids and the facts subscribers filter on, not whole objects. */
export interface EventPayloads {
  /** A match was suggested (or rescored into the suggestions) for a listing. */
  'match.suggested': { matchId: string; demandEnterpriseId: string; supplyEnterpriseId: string; chainId: string; provinceAdcodes: string[] };
  /** A match changed its curation status. */
  'match.changed': { matchId: string; status: string; chainId: string; provinceAdcodes: string[]; demandEnterpriseId: string; supplyEnterpriseId: string };
  /** Interest was expressed in a listing (to the owner) or answered (to the sender). */
  'interest.received': { interestId: string; listingId: string; ownerEnterpriseId: string; senderEnterpriseId: string };
  'interest.answered': { interestId: string; listingId: string; status: string; ownerEnterpriseId: string; senderEnterpriseId: string };
  /** A recomputed insight snapshot put a segment in an area (a province, or the region when null) in another risk class. */
  'insight.risk_changed': { snapshotId: string; riskId: string; segmentId: string; chainId: string; provinceAdcode: string | null; fromClass: string; toClass: string };
}
export type Topic = keyof EventPayloads;

/**
 * Publish/subscribe across every API process on the database (no in-memory-only bus: a subscriber
 * connected to one process receives what another published).
 */
export interface EventBus {
  /**
   * Published in the unit of work in progress (see Transactions): inside a transaction the event is
   * delivered only if, and when, it commits; outside one at once.
   */
  publish<T extends Topic>(topic: T, payload: EventPayloads[T]): Promise<void>;
  /** Events of `topic` published after the promise resolves; `return()` on the iterator ends it. */
  subscribe<T extends Topic>(topic: T): Promise<AsyncIterableIterator<EventPayloads[T]>>;
}
