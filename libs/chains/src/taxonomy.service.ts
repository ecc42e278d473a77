import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertAcyclic } from './chain-graph.js';
import { ChainEntity, SegmentEntity, SegmentFeedEntity } from './chain.entities.js';
import type { Chain, Segment } from './chain.types.js';

interface TaxonomySnapshot {
  chains: Chain[];
  segments: Map<string, Segment>;
  upstreamOf: Map<string, string[]>;
  downstreamOf: Map<string, string[]>;
}

/**
 * The industrial-chain taxonomy (11 chains, ~85 segments), read on nearly every request and held
 * in memory. `reload()` rebuilds the snapshot and re-checks that the graph is acyclic; whatever
 * changes the taxonomy calls it.
 */
@Injectable()
export class TaxonomyService implements OnModuleInit {
  private snapshot: TaxonomySnapshot = { chains: [], segments: new Map(), upstreamOf: new Map(), downstreamOf: new Map() };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): Promise<void> {
    return this.reload();
  }

  async reload(): Promise<void> {
    const [chains, segments, feeds] = await Promise.all([
      this.dataSource.getRepository(ChainEntity).find({ order: { position: 'ASC' } }),
      this.dataSource.getRepository(SegmentEntity).find({ order: { chainId: 'ASC', position: 'ASC' } }),
      this.dataSource.getRepository(SegmentFeedEntity).find(),
    ]);
    assertAcyclic(segments.map((s) => s.id), feeds);
    const group = (key: 'fromSegmentId' | 'toSegmentId', value: 'fromSegmentId' | 'toSegmentId') =>
      feeds.reduce((map, f) => map.set(f[key], [...(map.get(f[key]) ?? []), f[value]]), new Map<string, string[]>());
    this.snapshot = {
      chains: chains.map(({ id, nameZh, nameEn }) => ({ id, nameZh, nameEn })),
      segments: new Map(segments.map(({ position: _position, ...s }) => [s.id, s])),
      upstreamOf: group('toSegmentId', 'fromSegmentId'),
      downstreamOf: group('fromSegmentId', 'toSegmentId'),
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

  /** Segments that feed (supply) the given one. */
  upstreamOf(segmentId: string): Segment[] {
    return this.resolve(this.snapshot.upstreamOf.get(segmentId));
  }

  /** Segments the given one feeds. */
  downstreamOf(segmentId: string): Segment[] {
    return this.resolve(this.snapshot.downstreamOf.get(segmentId));
  }

  private resolve(ids: string[] = []): Segment[] {
    return ids.map((id) => this.snapshot.segments.get(id)).filter((s): s is Segment => s !== undefined);
  }
}
