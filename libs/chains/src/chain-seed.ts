import type { EntityManager } from 'typeorm';
import chainsFile from '../data/chains.json' with { type: 'json' };
import { assertAcyclic, type FeedEdge } from './chain-graph.js';
import { SegmentGraph } from './segment-graph.js';

interface SegmentRecord {
  id: string; name_zh: string; name_en: string; stage: string; feeds: string[]; equivalents: string[];
  gbt4754: { code: string; name_zh: string }[];
}
interface ChainRecord { id: string; name_zh: string; name_en: string; segments: SegmentRecord[] }

const chains = chainsFile.chains as ChainRecord[];

const segments = chains.flatMap((chain) => chain.segments);

/**
 * Loads the 11 chains, their segments, the feeds edges (within and across chains) and the
 * cross-chain equivalences from `libs/chains/data/chains.json` when missing. Insert-only: once in
 * the database the taxonomy belongs to alliance staff, whose edits a restart must not undo. The
 * seed's own graph is checked acyclic, and its equivalences symmetric, before anything is written.
 */
export async function seedChains(manager: EntityManager): Promise<void> {
  assertAcyclic(segments.map((s) => s.id), chains.flatMap(feedsOf));
  const equivalences = equivalencePairs();
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
  for (const [segmentId, equivalentSegmentId] of equivalences) {
    await manager.query(
      `INSERT INTO segment_equivalence (segment_id, equivalent_segment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [segmentId, equivalentSegmentId],
    );
  }
}

/** Each equivalence once, smaller id first; the data lists it on both sides, and must. */
function equivalencePairs(): [string, string][] {
  const listed = new Set(segments.flatMap((s) => s.equivalents.map((other) => `${s.id} ${other}`)));
  for (const pair of listed) {
    const [a, b] = pair.split(' ');
    if (!listed.has(`${b} ${a}`)) throw new Error(`chains.json: equivalence ${a} = ${b} is listed on one side only`);
  }
  return [...listed].map((pair) => pair.split(' ') as [string, string]).filter(([a, b]) => a < b);
}

function feedsOf(chain: ChainRecord): FeedEdge[] {
  return chain.segments.flatMap((s) => s.feeds.map((to) => ({ fromSegmentId: s.id, toSegmentId: to })));
}

/** The graph as shipped, for code that must not wait for a database (specs of what reads it). */
export function shippedSegmentGraph(): SegmentGraph {
  const chainOf = new Map(chains.flatMap((chain) => chain.segments.map((segment) => [segment.id, chain.id] as const)));
  const pairs = equivalencePairs().map(([segmentId, equivalentSegmentId]) => ({ segmentId, equivalentSegmentId }));
  return new SegmentGraph(chainOf, chains.flatMap(feedsOf), pairs);
}
