import type { Coverage } from '../role.js';

/**
 * Where a resource lies, for coverage: the provinces and the chains it belongs to. A listing lies in
 * its province and chain; an enterprise in its province and the chains of its segments; a match in
 * its chain and the provinces of both its sides.
 */
export interface CoverageTarget {
  provinceAdcodes: readonly string[];
  chainIds: readonly string[];
}

/**
 * The coverage rule: an alliance covers what lies in one of its provinces and in one of its chains.
 * A cross-province match therefore reaches the alliances of both provinces. `coverageCondition`
 * below is the same rule in SQL; change them together.
 */
export function covers(coverage: Coverage | null, target: CoverageTarget): boolean {
  return coverage !== null
    && target.provinceAdcodes.some((adcode) => coverage.provinceAdcodes.includes(adcode))
    && target.chainIds.some((chainId) => coverage.chainIds.includes(chainId));
}

/**
 * Where a row lies, in SQL: expressions of its provinces (one covered is enough), and either
 * expressions of its chains or a subquery yielding them in one column (an enterprise's chains come
 * through its segments).
 */
export interface CoverageColumns {
  provinces: readonly string[];
  chains: readonly string[] | { query: string };
}

/** A condition with its named parameters, for `andWhere(where, params)` (TypeORM) or raw SQL via the driver. */
export interface SqlCondition {
  where: string;
  params: Record<string, unknown>;
}

/**
 * `covers` in SQL, over the row whose places `columns` name. Parameters are `:coveredProvinces` and
 * `:coveredChains`, so the condition may appear several times in one query. No coverage covers nothing.
 * Always true or false, never NULL (a NULL column would otherwise make `NOT (…)` drop the row too).
 */
export function coverageCondition(coverage: Coverage | null, columns: CoverageColumns): SqlCondition {
  if (!coverage || coverage.provinceAdcodes.length === 0 || coverage.chainIds.length === 0) return { where: 'false', params: {} };
  const inProvince = columns.provinces.map((column) => `${column} = ANY(:coveredProvinces)`).join(' OR ');
  const inChain = 'query' in columns.chains
    ? `EXISTS (SELECT 1 FROM (${columns.chains.query}) AS target_chain (chain_id) WHERE target_chain.chain_id = ANY(:coveredChains))`
    : columns.chains.map((column) => `${column} = ANY(:coveredChains)`).join(' OR ');
  return {
    where: `(((${inProvince}) AND (${inChain})) IS TRUE)`,
    params: { coveredProvinces: [...coverage.provinceAdcodes], coveredChains: [...coverage.chainIds] },
  };
}
