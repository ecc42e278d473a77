import { listingLiveSql } from '@chainmatch/listings';
import type pg from 'pg';
import type { BenchQuery } from './bench-queries.js';

/**
 * The same retrieval in plain SQL on the `listing` table, as one would write it without a search
 * engine: substring matches (ILIKE, no segmentation, no ranking, no synonyms or typos), the same
 * filters, newest or nearest first, the total, and the facet counts when the query shows them.
 */
export async function sqlBaseline(pool: pg.Pool, query: BenchQuery): Promise<number> {
  const { where, values } = conditions(query);
  const near = query.input.near;
  const byDistance = query.input.sort === 'DISTANCE' && near;
  const order = byDistance ? `search_distance_km(l.lat, l.lng, $${values.length + 1}, $${values.length + 2}) NULLS LAST, l.created_at DESC` : 'l.created_at DESC';
  const statements = [
    pool.query(`SELECT l.id, l.title FROM listing l WHERE ${where} ORDER BY ${order} LIMIT 20`, byDistance ? [...values, near.point.lat, near.point.lng] : values),
    pool.query(`SELECT count(*)::int AS total FROM listing l WHERE ${where}`, values),
    ...(query.facets
      ? [pool.query(`SELECT l.kind, l.segment_id, l.city_adcode, min(l.chain_id), min(l.province_adcode), count(*) FROM listing l WHERE ${where} GROUP BY 1, 2, 3`, values)]
      : []),
  ];
  const [page] = await Promise.all(statements);
  return page.rowCount ?? 0;
}

function conditions({ input }: BenchQuery): { where: string; values: unknown[] } {
  const values: unknown[] = [];
  const add = (value: unknown) => `$${values.push(value)}`;
  const where = [listingLiveSql('l')];
  for (const word of input.text?.split(/\s+/).filter(Boolean) ?? []) {
    const pattern = add(`%${word}%`);
    where.push(`(l.title ILIKE ${pattern} OR l.description ILIKE ${pattern} OR array_to_string(l.keywords, ' ') ILIKE ${pattern})`);
  }
  if (input.kind) where.push(`l.kind = ${add(input.kind)}`);
  if (input.chainIds) where.push(`l.chain_id = ANY(${add(input.chainIds)}::text[])`);
  if (input.provinceAdcodes) where.push(`l.province_adcode = ANY(${add(input.provinceAdcodes)}::text[])`);
  if (input.cityAdcodes) where.push(`l.city_adcode = ANY(${add(input.cityAdcodes)}::text[])`);
  if (input.near?.radiusKm !== undefined) {
    where.push(`search_distance_km(l.lat, l.lng, ${add(input.near.point.lat)}, ${add(input.near.point.lng)}) <= ${add(input.near.radiusKm)}`);
  }
  return { where: where.join(' AND '), values };
}
