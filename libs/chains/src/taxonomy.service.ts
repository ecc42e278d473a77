import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertAcyclic } from './chain-graph.js';
import { ChainEntity, SegmentEntity, SegmentEquivalenceEntity, SegmentFeedEntity } from './chain.entities.js';
import type { Chain, Segment } from './chain.types.js';
import { SegmentGraph, type SegmentRelation } from './segment-graph.js';

interface TaxonomySnapshot {
  chains: Chain[];
  segments: Map<string, Segment>;
  graph: SegmentGraph;
}

/**
 * The industrial-chain taxonomy (11 chains, ~85 segments, feeds edges within and across chains,
 * cross-chain equivalences), read on nearly every request and held in memory. `reload()` rebuilds
 * the snapshot and re-checks that the graph is acyclic; whatever changes the taxonomy calls it.
 */
@Injectable()
export class TaxonomyService implements OnModuleInit {
  private snapshot: TaxonomySnapshot = { chains: [], segments: new Map(), graph: new SegmentGraph(new Map(), [], []) };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): Promise<void> {
    return this.reload();
  }

  async reload(): Promise<void> {
    const [chains, segments, feeds, equivalences] = await Promise.all([
      this.dataSource.getRepository(ChainEntity).find({ order: { position: 'ASC' } }),
      this.dataSource.getRepository(SegmentEntity).find({ order: { chainId: 'ASC', position: 'ASC' } }),
      this.dataSource.getRepository(SegmentFeedEntity).find(),
      this.dataSource.getRepository(SegmentEquivalenceEntity).find(),
    ]);
    assertAcyclic(segments.map((s) => s.id), feeds);
    this.snapshot = {
      chains: chains.map(({ id, nameZh, nameEn }) => ({ id, nameZh, nameEn })),
      segments: new Map(segments.map(({ position: _position, ...s }) => [s.id, s])),
      graph: new SegmentGraph(new Map(segments.map((s) => [s.id, s.chainId])), feeds, equivalences),
    };
  }

  listChains(): Chain[] {
    return this.snapshot.chains;
  }

  chain(id: string): Chain | undefined {
    return this.snapshot.chains.find((c) => c.id === id);
  }

  segmentsOfChain(chainId: string): Segment[] {
    return [...this.snapshot.segments.values()].filter((s) => s.chainId === chainId);
  }

  segment(id: string): Segment | undefined {
    return this.snapshot.segments.get(id);
  }

  /** Segments that feed (supply) the given one, in its chain or another. */
  upstreamOf(segmentId: string): Segment[] {
    return this.resolve(this.snapshot.graph.upstreamOf.get(segmentId));
  }

  /** Segments the given one feeds. */
  downstreamOf(segmentId: string): Segment[] {
    return this.resolve(this.snapshot.graph.downstreamOf.get(segmentId));
  }

  /** Segments of other chains that trade the same things. */
  equivalentsOf(segmentId: string): Segment[] {
    return this.resolve(this.snapshot.graph.equivalentsOf.get(segmentId));
  }

  /** See SegmentGraph.relation. */
  relation(supplierSegmentId: string, buyerSegmentId: string): SegmentRelation {
    return this.snapshot.graph.relation(supplierSegmentId, buyerSegmentId);
  }

  /** See SegmentGraph.counterpartSegmentsOf. */
  counterpartSegmentsOf(segmentId: string, side: 'SUPPLIERS' | 'BUYERS'): string[] {
    return this.snapshot.graph.counterpartSegmentsOf(segmentId, side);
  }

  private resolve(ids: string[] = []): Segment[] {
    return ids.map((id) => this.snapshot.segments.get(id)).filter((s): s is Segment => s !== undefined);
  }
}
