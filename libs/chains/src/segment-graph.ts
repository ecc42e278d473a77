import type { FeedEdge } from './chain-graph.js';

/**
 * How a supplying segment stands to a buying one: the same segment, its equivalent in another
 * chain, a segment that feeds it (directly, or through an equivalent of either side), another
 * segment of its chain, or none of these.
 */
export type SegmentRelation = 'SAME' | 'EQUIVALENT' | 'FEEDS' | 'SAME_CHAIN' | 'UNRELATED';

export interface EquivalencePair {
  segmentId: string;
  equivalentSegmentId: string;
}

const NEAR: ReadonlySet<SegmentRelation> = new Set(['SAME', 'EQUIVALENT', 'FEEDS']);

const group = <T>(items: T[], key: (item: T) => string, value: (item: T) => string) =>
  items.reduce((map, item) => map.set(key(item), [...(map.get(key(item)) ?? []), value(item)]), new Map<string, string[]>());

/** The feeds edges (within and across chains) and the equivalences, as matching reads them. */
export class SegmentGraph {
  readonly upstreamOf: ReadonlyMap<string, string[]>;
  readonly downstreamOf: ReadonlyMap<string, string[]>;
  readonly equivalentsOf: ReadonlyMap<string, string[]>;
  private readonly counterparts = new Map<string, string[]>();
  private readonly relations = new Map<string, SegmentRelation>();

  /** `chainOf` maps every segment id to its chain id. */
  constructor(private readonly chainOf: ReadonlyMap<string, string>, feeds: FeedEdge[], equivalences: EquivalencePair[]) {
    this.upstreamOf = group(feeds, (f) => f.toSegmentId, (f) => f.fromSegmentId);
    this.downstreamOf = group(feeds, (f) => f.fromSegmentId, (f) => f.toSegmentId);
    const bothWays = equivalences.flatMap((e) => [[e.segmentId, e.equivalentSegmentId], [e.equivalentSegmentId, e.segmentId]]);
    this.equivalentsOf = group(bothWays, ([from]) => from, ([, to]) => to);
  }

  /** How `supplierSegmentId` stands to `buyerSegmentId`; an equivalent counts as the segment itself. Memoised. */
  relation(supplierSegmentId: string, buyerSegmentId: string): SegmentRelation {
    const key = `${supplierSegmentId} ${buyerSegmentId}`;
    let relation = this.relations.get(key);
    if (!relation) {
      relation = this.readRelation(supplierSegmentId, buyerSegmentId);
      this.relations.set(key, relation);
    }
    return relation;
  }

  private readRelation(supplierSegmentId: string, buyerSegmentId: string): SegmentRelation {
    if (supplierSegmentId === buyerSegmentId) return 'SAME';
    const buyers = this.withEquivalents(buyerSegmentId);
    if (buyers.includes(supplierSegmentId)) return 'EQUIVALENT';
    const suppliers = new Set(this.withEquivalents(supplierSegmentId));
    if (buyers.some((buyer) => (this.upstreamOf.get(buyer) ?? []).some((from) => suppliers.has(from)))) return 'FEEDS';
    return this.chainOf.get(supplierSegmentId) === this.chainOf.get(buyerSegmentId) ? 'SAME_CHAIN' : 'UNRELATED';
  }

  /**
   * The segments whose listings may be the counterpart of one in `segmentId`: for a buyer's segment
   * those that can supply it, for a supplier's those that can buy from it — same, equivalent or
   * feeding. Memoised: 85 × 85 relations at most.
   */
  counterpartSegmentsOf(segmentId: string, side: 'SUPPLIERS' | 'BUYERS'): string[] {
    const key = `${side} ${segmentId}`;
    let ids = this.counterparts.get(key);
    if (!ids) {
      ids = [...this.chainOf.keys()].filter((other) =>
        NEAR.has(side === 'SUPPLIERS' ? this.relation(other, segmentId) : this.relation(segmentId, other)));
      this.counterparts.set(key, ids);
    }
    return ids;
  }

  private withEquivalents(segmentId: string): string[] {
    return [segmentId, ...(this.equivalentsOf.get(segmentId) ?? [])];
  }
}
