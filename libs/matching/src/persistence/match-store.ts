import { Transactions } from '@chainmatch/core';
import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { Inject, Injectable } from '@nestjs/common';
import type { Suggestion } from '../suggestions/suggestion.service.js';

interface ChangedMatch {
  id: string;
  from_status: string | null;
  to_status: string;
  demand_enterprise_id: string;
  supply_enterprise_id: string;
  chain_id: string;
  demand_province_adcode: string;
  supply_province_adcode: string;
}

const MATCH_COLUMNS = `id, demand_enterprise_id, supply_enterprise_id, chain_id, demand_province_adcode, supply_province_adcode`;
const RETURNED = MATCH_COLUMNS.split(', ').map((column) => `m.${column}`).join(', ');

/** New pairs become SUGGESTED; uncurated ones are rescored; RETIRED ones come back as SUGGESTED. */
const UPSERT_SUGGESTIONS = `
  INSERT INTO match AS m (demand_listing_id, supply_listing_id, demand_enterprise_id, supply_enterprise_id, chain_id,
    segment_id, demand_province_adcode, supply_province_adcode, score, distance_km, explanation, computed_at)
  SELECT r.demand_listing_id, r.supply_listing_id, d.enterprise_id, s.enterprise_id, d.chain_id, d.segment_id,
    d.province_adcode, s.province_adcode, r.score, r.distance_km, r.explanation, now()
  FROM jsonb_to_recordset($1::jsonb) AS r(demand_listing_id uuid, supply_listing_id uuid, score numeric,
    distance_km double precision, explanation jsonb)
  JOIN listing d ON d.id = r.demand_listing_id JOIN listing s ON s.id = r.supply_listing_id
  ON CONFLICT (demand_listing_id, supply_listing_id) DO UPDATE SET score = EXCLUDED.score,
    distance_km = EXCLUDED.distance_km, explanation = EXCLUDED.explanation, computed_at = now(), updated_at = now(),
    status = CASE WHEN m.status = 'RETIRED' THEN 'SUGGESTED'::match_status ELSE m.status END,
    version = m.version + CASE WHEN m.status = 'RETIRED' THEN 1 ELSE 0 END
  WHERE m.status IN ('SUGGESTED', 'SHORTLISTED', 'RETIRED')
  RETURNING ${RETURNED}, m.status AS to_status`;

/** First key of the advisory locks on pairs (the second is a hash of the pair), apart from other lock users. */
const PAIR_LOCK_CLASS = 0x6d617463;

/**
 * Transaction-level locks on the pairs, taken in one order: refreshes of both sides of a pair
 * (two workers, or two passes) take turns, so the second sees the first's row and does not take a
 * rescoring for a new suggestion. A row lock cannot do this: the row does not exist yet.
 */
const LOCK_PAIRS = `
  SELECT pg_advisory_xact_lock(${PAIR_LOCK_CLASS}, key) FROM (
    SELECT DISTINCT hashtext(r.demand_listing_id || '/' || r.supply_listing_id) AS key
    FROM jsonb_to_recordset($1::jsonb) AS r(demand_listing_id text, supply_listing_id text) ORDER BY key) AS pairs`;

/**
 * Writes suggestions as Match records. Curated matches (introduced and beyond, or dismissed) are
 * never touched by the system; SUGGESTED and SHORTLISTED ones are rescored, and RETIRED ones come
 * back as SUGGESTED when both sides are live again. Every status change gets a timeline row and an
 * event, in the same transaction.
 */
@Injectable()
export class MatchStore {
  constructor(
    private readonly transactions: Transactions,
    @Inject(EVENT_BUS) private readonly events: EventBus,
  ) {}

  async applySuggestions(suggestions: Suggestion[]): Promise<void> {
    if (suggestions.length === 0) return;
    await this.transactions.run(async () => {
      const pairs = JSON.stringify(suggestions.map((s) => ({
        demand_listing_id: s.demandListingId, supply_listing_id: s.supplyListingId, score: s.score,
        distance_km: s.distanceKm, explanation: s.explanation,
      })));
      await this.transactions.tx.query(LOCK_PAIRS, [pairs]);
      const before = await this.lockExisting(pairs);
      const upserted: Omit<ChangedMatch, 'from_status'>[] = await this.transactions.tx.query(UPSERT_SUGGESTIONS, [pairs]);
      const changed = upserted
        .map((match) => ({ ...match, from_status: before.get(match.id) ?? null }))
        .filter((match) => match.from_status !== match.to_status);
      await this.record(changed, 'match.suggested');
    });
  }

  /** Status of the pairs that exist already, locked until the transaction ends. */
  private async lockExisting(pairs: string): Promise<Map<string, string>> {
    const rows: { id: string; status: string }[] = await this.transactions.tx.query(
      `SELECT m.id, m.status FROM match m
       JOIN jsonb_to_recordset($1::jsonb) AS r(demand_listing_id uuid, supply_listing_id uuid) USING (demand_listing_id, supply_listing_id)
       ORDER BY m.id FOR UPDATE OF m`,
      [pairs],
    );
    return new Map(rows.map((row) => [row.id, row.status]));
  }

  /** Withdraws the uncurated matches of a listing that is no longer live (closed, expired, paused). */
  async retireMatchesOf(listingId: string): Promise<void> {
    await this.transactions.run(async () => {
      const [retired] = (await this.transactions.tx.query(
        `WITH before AS (SELECT id, status FROM match WHERE (demand_listing_id = $1 OR supply_listing_id = $1)
           AND status IN ('SUGGESTED', 'SHORTLISTED') FOR UPDATE)
         UPDATE match m SET status = 'RETIRED', version = m.version + 1, updated_at = now() FROM before b WHERE m.id = b.id
         RETURNING ${RETURNED}, b.status AS from_status, m.status AS to_status`,
        [listingId],
      )) as [ChangedMatch[], number];
      await this.record(retired, 'match.changed');
    });
  }

  /** Timeline rows (the system acted, so no actor) and events, delivered when the transaction commits. */
  private async record(changed: ChangedMatch[], topic: 'match.suggested' | 'match.changed'): Promise<void> {
    if (changed.length === 0) return;
    await this.transactions.tx.query(
      `INSERT INTO match_event (match_id, from_status, to_status) SELECT * FROM unnest($1::uuid[], $2::match_status[], $3::match_status[])`,
      [changed.map((m) => m.id), changed.map((m) => m.from_status), changed.map((m) => m.to_status)],
    );
    for (const match of changed) {
      const common = {
        matchId: match.id, chainId: match.chain_id, demandEnterpriseId: match.demand_enterprise_id,
        supplyEnterpriseId: match.supply_enterprise_id,
        provinceAdcodes: [...new Set([match.demand_province_adcode, match.supply_province_adcode])],
      };
      if (topic === 'match.suggested') await this.events.publish('match.suggested', common);
      else await this.events.publish('match.changed', { ...common, status: match.to_status });
    }
  }
}
