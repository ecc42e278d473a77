import { generateCurationHistory, type DemoCuratedMatch, type DemoMatchCandidate } from '@chainmatch/demo-data';
import type { DataSource, EntityManager } from 'typeorm';

export interface DemoCurationOptions {
  /** How many matches to write (fewer when there are not enough candidates). */
  matches: number;
  seed: number;
  batchSize: number;
}

/** Draws per demand listing; a demand with no candidate among them gets no match. */
const DRAWS = 4;
/** Demand listings sampled per match wanted: some find no candidate supplier. */
const OVERSAMPLE = 1.25;

interface CandidateRow {
  demand_id: string; demand_enterprise_id: string; demand_province_adcode: string; demand_published_at: Date;
  supply_id: string; supply_enterprise_id: string; supply_province_adcode: string; supply_published_at: Date;
}

/**
 * Writes a demo curation history: matches between published demand listings and supply listings
 * of the same or a feeding segment (candidates drawn in SQL, so a million listings need not come
 * into memory), each taken through the steps the generator drew, with its timeline — the picture
 * chain insight's flows and local supply rates are computed from. Returns how many it wrote.
 */
export async function loadDemoCuration(dataSource: DataSource, options: DemoCurationOptions, progress: (done: number) => void = () => undefined): Promise<number> {
  const candidates = await drawCandidates(dataSource, Math.ceil(options.matches * OVERSAMPLE), options.seed);
  const history = generateCurationHistory(candidates, { seed: options.seed, now: new Date() }).slice(0, options.matches);
  for (let start = 0; start < history.length; start += options.batchSize) {
    await dataSource.transaction((manager) => writeMatches(manager, history.slice(start, start + options.batchSize)));
    progress(Math.min(start + options.batchSize, history.length));
  }
  return history.length;
}

/** Up to DRAWS candidate suppliers per sampled demand: a segment drawn among its own and its feeders, then a supply listing of it. */
async function drawCandidates(dataSource: DataSource, demands: number, seed: number): Promise<DemoMatchCandidate[][]> {
  const rows: CandidateRow[] = await dataSource.transaction(async (manager) => {
    await manager.query(`CREATE TEMP TABLE demo_supply ON COMMIT DROP AS
      SELECT id, enterprise_id, segment_id, province_adcode, published_at,
        (row_number() OVER (PARTITION BY segment_id ORDER BY md5(id::text)) - 1)::int AS rank, (count(*) OVER (PARTITION BY segment_id))::int AS total
      FROM listing WHERE kind = 'SUPPLY' AND published_at IS NOT NULL`);
    await manager.query(`CREATE INDEX ON demo_supply (segment_id, rank)`);
    return manager.query(`
      WITH demand AS (
        SELECT l.id, l.enterprise_id, l.segment_id, l.province_adcode, l.published_at,
          ARRAY[l.segment_id::text] || ARRAY(SELECT f.from_segment_id::text FROM segment_feed f WHERE f.to_segment_id = l.segment_id ORDER BY 1) AS segments
        FROM listing l WHERE l.kind = 'DEMAND' AND l.published_at IS NOT NULL ORDER BY md5(l.id::text || $2) LIMIT $1),
      draws AS (
        SELECT d.*, d.segments[1 + abs(hashtext(d.id::text || ':' || draw)) % cardinality(d.segments)] AS drawn, draw
        FROM demand d CROSS JOIN generate_series(1, ${DRAWS}) AS draw)
      SELECT DISTINCT ON (d.id, s.id) d.id AS demand_id, d.enterprise_id AS demand_enterprise_id, d.province_adcode AS demand_province_adcode,
        d.published_at AS demand_published_at, s.id AS supply_id, s.enterprise_id AS supply_enterprise_id,
        s.province_adcode AS supply_province_adcode, s.published_at AS supply_published_at
      FROM draws d JOIN (SELECT DISTINCT segment_id, total FROM demo_supply) t ON t.segment_id = d.drawn
      JOIN demo_supply s ON s.segment_id = d.drawn AND s.rank = abs(hashtext(d.id::text || '#' || d.draw)) % t.total
      WHERE s.enterprise_id <> d.enterprise_id
      ORDER BY d.id, s.id`, [demands, String(seed)]);
  });
  const byDemand = new Map<string, DemoMatchCandidate[]>();
  for (const row of rows) byDemand.set(row.demand_id, [...(byDemand.get(row.demand_id) ?? []), candidateOf(row)]);
  return [...byDemand.values()];
}

const candidateOf = (row: CandidateRow): DemoMatchCandidate => ({
  demandListingId: row.demand_id, demandEnterpriseId: row.demand_enterprise_id, demandProvinceAdcode: row.demand_province_adcode,
  demandPublishedAt: new Date(row.demand_published_at), supplyListingId: row.supply_id, supplyEnterpriseId: row.supply_enterprise_id,
  supplyProvinceAdcode: row.supply_province_adcode, supplyPublishedAt: new Date(row.supply_published_at),
});

/**
 * The matches and their timelines; the curator of each step is the first staff account of an
 * alliance covering the match (its chain, either side's province), else the first admin, and
 * nobody for the system's own suggestion.
 */
async function writeMatches(manager: EntityManager, matches: DemoCuratedMatch[]): Promise<void> {
  await manager.query(`INSERT INTO match (id, demand_listing_id, supply_listing_id, demand_enterprise_id, supply_enterprise_id, chain_id, segment_id,
      demand_province_adcode, supply_province_adcode, score, explanation, status, dismiss_reason, no_deal_reason, order_amount_cny, version,
      computed_at, created_at, updated_at)
    SELECT r.id, r.demand_id, r.supply_id, d.enterprise_id, s.enterprise_id, d.chain_id, d.segment_id, d.province_adcode, s.province_adcode,
      r.score, '[]', r.status::match_status, r.dismiss_reason, r.no_deal_reason, r.amount, r.version, r.created_at, r.created_at, r.updated_at
    FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, demand_id uuid, supply_id uuid, score numeric, status text, dismiss_reason text,
      no_deal_reason text, amount numeric, version int, created_at timestamptz, updated_at timestamptz)
    JOIN listing d ON d.id = r.demand_id JOIN listing s ON s.id = r.supply_id
    ON CONFLICT (demand_listing_id, supply_listing_id) DO NOTHING`, [JSON.stringify(matches.map((m) => ({
    id: m.id, demand_id: m.candidate.demandListingId, supply_id: m.candidate.supplyListingId, score: m.score, status: m.status,
    dismiss_reason: m.dismissReason, no_deal_reason: m.noDealReason, amount: m.orderAmountCny, version: m.steps.length,
    created_at: m.steps[0].at, updated_at: m.steps.at(-1)!.at,
  })))]);
  await manager.query(`INSERT INTO match_event (match_id, from_status, to_status, actor_user_id, note, at)
    SELECT r.match_id, r.from_status::match_status, r.to_status::match_status,
      CASE WHEN r.to_status = 'SUGGESTED' THEN NULL ELSE coalesce(
        (SELECT u.id FROM app_user u JOIN alliance a ON a.id = u.alliance_id WHERE m.chain_id = ANY(a.chain_ids)
           AND (m.demand_province_adcode = ANY(a.province_adcodes) OR m.supply_province_adcode = ANY(a.province_adcodes)) ORDER BY u.created_at, u.id LIMIT 1),
        (SELECT u.id FROM app_user u WHERE u.role = 'ADMIN' ORDER BY u.created_at, u.id LIMIT 1)) END,
      r.note, r.at
    FROM jsonb_to_recordset($1::jsonb) AS r(match_id uuid, from_status text, to_status text, note text, at timestamptz)
    JOIN match m ON m.id = r.match_id`, [JSON.stringify(matches.flatMap((m) => m.steps.map((step, i) => ({
    match_id: m.id, from_status: i === 0 ? null : m.steps[i - 1].toStatus, to_status: step.toStatus, note: step.note, at: step.at,
  }))))]);
}
