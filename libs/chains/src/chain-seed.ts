import type { EntityManager } from 'typeorm';
import chainsFile from '../data/chains.json' with { type: 'json' };
import { assertAcyclic, type FeedEdge } from './chain-graph.js';

interface SegmentRecord {
  id: string; name_zh: string; name_en: string; stage: string; feeds: string[];
  gbt4754: { code: string; name_zh: string }[];
}
interface ChainRecord { id: string; name_zh: string; name_en: string; segments: SegmentRecord[] }

const chains = chainsFile.chains as ChainRecord[];

/**
 * Loads the 11 chains and their segments from `libs/chains/data/chains.json` when missing.
 * Insert-only: once in the database the taxonomy belongs to alliance staff, whose edits a restart
 * must not undo. The seed's own graph is checked acyclic before anything is written.
 */
export async function seedChains(manager: EntityManager): Promise<void> {
  for (const chain of chains) {
    assertAcyclic(chain.segments.map((s) => s.id), feedsOf(chain));
  }
  for (const [position, chain] of chains.entries()) {
    await manager.query(
      `INSERT INTO chain (id, name_zh, name_en, position) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
      [chain.id, chain.name_zh, chain.name_en, position],
    );
    for (const [segmentPosition, segment] of chain.segments.entries()) {
      await manager.query(
        `INSERT INTO segment (id, chain_id, name_zh, name_en, stage, industry_classes, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
        [segment.id, chain.id, segment.name_zh, segment.name_en, segment.stage.toUpperCase(),
          JSON.stringify(segment.gbt4754.map((c) => ({ code: c.code, nameZh: c.name_zh }))), segmentPosition],
      );
    }
  }
  for (const edge of chains.flatMap(feedsOf)) {
    await manager.query(
      `INSERT INTO segment_feed (from_segment_id, to_segment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [edge.fromSegmentId, edge.toSegmentId],
    );
  }
}

function feedsOf(chain: ChainRecord): FeedEdge[] {
  return chain.segments.flatMap((s) => s.feeds.map((to) => ({ fromSegmentId: s.id, toSegmentId: to })));
}
