import type { EnterpriseFilter } from './enterprise.inputs.js';

/** One SQL condition over the `enterprise` alias, with its named parameters. */
export interface FilterCondition {
  where: string;
  params: Record<string, unknown>;
}

/** The alias the list query gives the enterprise table; the conditions below refer to it. */
export const ENTERPRISE_ALIAS = 'enterprise';

/** Escapes LIKE wildcards so that user text matches literally (used with `ESCAPE '\'`). */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * The conditions of a filter, to be AND-combined. Segment and chain criteria test the
 * enterprise_segment rows with EXISTS, so an enterprise in several matching segments is listed
 * once and pagination stays a plain keyset walk over `enterprise`.
 */
export function enterpriseFilterConditions(filter: EnterpriseFilter | null | undefined): FilterCondition[] {
  if (!filter) return [];
  const e = ENTERPRISE_ALIAS;
  const conditions: FilterCondition[] = [];
  const add = (value: unknown, where: string, params: Record<string, unknown>) => {
    if (value !== undefined && value !== null) conditions.push({ where, params });
  };
  add(filter.provinceAdcode, `${e}.provinceAdcode = :provinceAdcode`, { provinceAdcode: filter.provinceAdcode });
  add(filter.cityAdcode, `${e}.cityAdcode = :cityAdcode`, { cityAdcode: filter.cityAdcode });
  add(filter.size, `${e}.size = :size`, { size: filter.size });
  add(
    filter.segmentId,
    `EXISTS (SELECT 1 FROM enterprise_segment es WHERE es.enterprise_id = ${e}.id AND es.segment_id = :segmentId)`,
    { segmentId: filter.segmentId },
  );
  add(
    filter.chainId,
    `EXISTS (SELECT 1 FROM enterprise_segment es JOIN segment s ON s.id = es.segment_id WHERE es.enterprise_id = ${e}.id AND s.chain_id = :chainId)`,
    { chainId: filter.chainId },
  );
  add(filter.needsReview, `${e}.reviewReasons ${filter.needsReview ? '<>' : '='} '{}'`, {});
  add(
    filter.search,
    `(${e}.nameZh ILIKE :namePattern ESCAPE '\\' OR ${e}.nameEn ILIKE :namePattern ESCAPE '\\')`,
    { namePattern: `%${escapeLikePattern(filter.search ?? '')}%` },
  );
  return conditions;
}
