import { MAX_TOTAL_HITS, type SearchNear, type SearchRequest } from '../engine/search-engine.port.js';
import { isGroupLexeme } from '../text/term-vocabulary.js';
import { LIVE_TABLES } from './pg-document-writer.js';
import { distanceOf, factsNearestFirst, factsWithin, textWithin } from './pg-geo-sql.js';
import { filterTerms } from './pg-document-row.js';
import type { PgTerm } from './pg-text-query.js';
import { tsqueryLiteral } from './tsvector-literal.js';

/** Collects bind parameters and hands out their placeholders: user values never enter the SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A copy to extend for one statement: PostgreSQL refuses parameters a statement does not use. */
  fork(): SqlParams {
    const copy = new SqlParams();
    copy.values.push(...this.values);
    return copy;
  }
}

export interface Sql {
  text: string;
  values: unknown[];
}

/** The facts facets count by, which a text search reads from its table only when asked for facets. */
const FACET_COLUMNS = ['m.kind', 'm.chain_id', 'm.segment_id', 'm.province', 'm.city'];

/** Facet counts per (kind, segment, city); chain and province follow from segment and city. */
const facetQuery = (source: string) =>
  `SELECT kind, segment_id, city, min(chain_id) AS chain_id, min(province) AS province, count(*)::int AS count FROM ${source} GROUP BY 1, 2, 3`;

/** ts_rank of a vector whose lexemes have one position each, for a query of one lexeme, is its weight divided by this. */
const RANK_OR_SCALE = 1.64493406685;
/** The weights of D, C, B, A: enterprise name, description terms, keywords, title. */
const FIELD_WEIGHTS = `'{0.1, 0.5, 0.75, 1.0}'::float4[]`;
/** A required word not in the rank vector was found elsewhere in the text: the description. */
const ELSEWHERE = 0.4;
/** A narrower group or a typo reading counts this much of the term itself. */
const REDUCED = 0.6;

/** Where a text search reads: a table, its GIN-indexed vector and its ranking vector. */
export interface TextSource {
  table: string;
  match: string;
  rank: string;
}

/** Every word, lexicon group and filter value, with the rank vector apart. */
export const WORD_SOURCE: TextSource = { table: LIVE_TABLES.match, match: 'tsv', rank: 'rank_tsv' };
/** Lexicon groups (at their rank fields) and filter values only: rows a quarter the size. */
export const LEXICON_SOURCE: TextSource = { table: LIVE_TABLES.lexicon, match: 'lexicon_tsv', rank: 'lexicon_tsv' };

/**
 * A search whose every lexeme (to match or to rank) is a lexicon group finds and ranks exactly the
 * same in the lexicon table, which holds every group lexeme of a listing at the field level
 * rank_tsv gives it; any plain word needs the table of every word.
 */
export function textSourceOf(terms: readonly PgTerm[]): TextSource {
  const lexemes = terms.flatMap((term) => [...term.match.flat(), ...term.exact, ...term.reduced]);
  return lexemes.every(isGroupLexeme) ? LEXICON_SOURCE : WORD_SOURCE;
}

/** What one text search statement looks for: the terms, those required, and listings already shown. */
export interface TextSearchSpec {
  terms: PgTerm[];
  /** Indexes of the terms every match must have; the others only rank. */
  required: number[];
  excludeIds: string[];
  /** Defaults to textSourceOf(terms). */
  source?: TextSource;
}

/**
 * A text search as one statement: the matches (text and filters in one GIN scan, at most
 * MAX_TOTAL_HITS of them, so that a query matching half the index costs what one matching 10 000
 * does) are computed once and feed the total, the page and the facets. The score is the weighted share of the query's
 * terms, each at the level of the best field it is in (see toPgDocumentRow): rare product terms
 * count more than generic words, the title more than the description.
 */
export function textSearchSql(request: SearchRequest, spec: TextSearchSpec): Sql {
  const params = new SqlParams();
  const source = spec.source ?? textSourceOf(spec.terms);
  const required = spec.required.map((i) => spec.terms[i].match);
  const match = params.add(tsqueryLiteral([...required, ...filterTerms(request.filters).map((any) => any.map((tag) => [tag]))]));
  // Each match is kept in memory to be counted, sorted and faceted: only the columns the request
  // needs. Sorted otherwise than by relevance, only the page's listings are scored (reading their
  // rank vectors again): ranking every match costs more than finding them.
  const byRelevance = request.sort === 'RELEVANCE';
  // Parameters only where the statement uses them (PostgreSQL types each from its use).
  const score = () => scoreOf(spec, source.rank, params);
  const order = orderBy(request);
  const columns = [
    'm.listing_id', 'm.created_at', ...(byRelevance ? [`${score()} AS score`] : []),
    ...(request.sort === 'DISTANCE' ? [`${distanceOf(request.filters.near, params, 'm')} AS distance`] : []),
    ...(request.facets ? FACET_COLUMNS : []),
  ];
  const conditions = [
    `m.${source.match} @@ ${match}::tsquery`, `m.valid_until > ${params.add(request.now ?? new Date())}`, ...textWithin(request.filters.near, params, 'm'),
    ...(spec.excludeIds.length > 0 ? [`m.listing_id <> ALL(${params.add(spec.excludeIds)}::uuid[])`] : []),
  ];
  const text = `WITH matches AS MATERIALIZED (
      SELECT ${columns.join(', ')}
      FROM ${source.table} m WHERE ${conditions.join(' AND ')} LIMIT ${MAX_TOTAL_HITS}),
    page AS (SELECT * FROM matches ORDER BY ${order('matches')} LIMIT ${params.add(request.limit)} OFFSET ${params.add(request.offset)})
    SELECT (SELECT count(*)::int FROM matches) AS total,
      (${request.idsOnly ? pageIds(order('page')) : pageHits(order('page'), byRelevance ? 'page.score' : score(), byRelevance ? '' : source.table)}) AS hits,
      ${request.facets ? `(SELECT json_agg(g) FROM (${facetQuery('matches')}) g)` : 'NULL'} AS facets`;
  return { text, values: params.values };
}

/** The page's hits as a JSON array, with what highlighting reads; the score read from `scoreTable` when it is not the page's own. */
function pageHits(order: string, score: string, scoreTable: string): string {
  return `SELECT coalesce(json_agg(json_build_object('id', page.listing_id, 'score', ${score}, 'title', t.title,
      'description', t.description, 'keywords', t.keywords) ORDER BY ${order}), '[]')
    FROM page JOIN search_listing_text t ON t.listing_id = page.listing_id
    ${scoreTable ? `JOIN ${scoreTable} m ON m.listing_id = page.listing_id` : ''}`;
}

/** The page's ids alone, in order (see SearchRequest.idsOnly). */
function pageIds(order: string): string {
  return `SELECT coalesce(json_agg(json_build_object('id', page.listing_id, 'score', 0) ORDER BY ${order}), '[]') FROM page`;
}

/** Σ weight × level over the terms, divided by Σ weight: 1 when every term is in the title. */
function scoreOf(spec: TextSearchSpec, rankColumn: string, params: SqlParams): string {
  const total = spec.terms.reduce((sum, term) => sum + term.weight, 0);
  const levels = spec.terms.map((term, i) => {
    const rank = (lexemes: string[]) =>
      `least(1, ts_rank(${FIELD_WEIGHTS}, m.${rankColumn}, ${params.add(tsqueryLiteral([lexemes.map((l) => [l])]))}::tsquery) * ${RANK_OR_SCALE * lexemes.length})`;
    const parts = [
      ...(term.exact.length > 0 ? [rank(term.exact)] : []),
      ...(term.reduced.length > 0 ? [`${REDUCED} * ${rank(term.reduced)}`] : []),
      ...(spec.required.includes(i) ? [String(ELSEWHERE)] : []),
    ];
    const level = parts.length === 0 ? '0' : parts.length === 1 ? parts[0] : `greatest(${parts.join(', ')})`;
    return `${term.weight / total} * ${level}`;
  });
  return `(${levels.join(' + ') || '1'})::float8`;
}

/** A search without text: the page (by index where it can), the total and the facets (both over at most MAX_TOTAL_HITS listings) as separate statements. */
export function browseSql(request: SearchRequest): { page: Sql; total: Sql; facets: Sql } {
  const params = new SqlParams();
  const where = factConditions(request, params).join(' AND ');
  const pageParams = params.fork();
  const near = request.sort === 'DISTANCE' ? request.filters.near : undefined;
  const segmentIds = [...new Set(request.filters.segmentIds ?? [])];
  const page = near && segmentIds.length > 0
    ? nearestBySegmentSql(request, near, segmentIds)
    : { text: `SELECT f.listing_id AS id, 1::real AS score FROM search_listing f WHERE ${where}
        ORDER BY ${orderBy(request)('f', near ? factsNearestFirst(near, pageParams) : 'NULL')}
        LIMIT ${pageParams.add(request.limit)} OFFSET ${pageParams.add(request.offset)}`, values: pageParams.values };
  return {
    page,
    // Counted and faceted up to MAX_TOTAL_HITS listings, as text searches are.
    total: { text: `SELECT count(*)::int AS total FROM (SELECT 1 FROM search_listing f WHERE ${where} LIMIT ${MAX_TOTAL_HITS}) c`, values: params.values },
    facets: { text: facetQuery(`(SELECT f.* FROM search_listing f WHERE ${where} LIMIT ${MAX_TOTAL_HITS}) f`), values: params.values },
  };
}

/**
 * Nearest first within the given segments, as matching asks for its candidates: the nearest of each
 * segment from the (segment, kind, point) index (see SearchNearestBySegment), merged. A single scan
 * nearest first over every listing would read past the listings of all other segments to find them.
 */
function nearestBySegmentSql(request: SearchRequest, near: SearchNear, segmentIds: string[]): Sql {
  const params = new SqlParams();
  const segments = params.add(segmentIds);
  const conditions = factConditions({ ...request, filters: { ...request.filters, segmentIds: undefined } }, params);
  const distance = factsNearestFirst(near, params);
  const order = orderBy(request);
  const text = `SELECT n.listing_id AS id, 1::real AS score FROM unnest(${segments}::text[]) AS s(segment_id)
    CROSS JOIN LATERAL (
      SELECT f.listing_id, f.created_at, ${distance} AS distance FROM search_listing f
      WHERE f.segment_id = s.segment_id AND ${conditions.join(' AND ')}
      ORDER BY ${order('f', distance)} LIMIT ${params.add(request.limit + request.offset)}) n
    ORDER BY ${order('n')} LIMIT ${params.add(request.limit)} OFFSET ${params.add(request.offset)}`;
  return { text, values: params.values };
}

/** Every condition of a search without text, on the facts table. */
function factConditions(request: SearchRequest, params: SqlParams): string[] {
  return [`f.valid_until > ${params.add(request.now ?? new Date())}`, ...factFilters(request, params), ...factsWithin(request.filters.near, params)];
}

function factFilters({ filters }: SearchRequest, params: SqlParams): string[] {
  const anyOf = (column: string, values: unknown[] | undefined, type: string) =>
    (values?.length ? [`f.${column} = ANY(${params.add(values)}::${type}[])`] : []);
  return [
    ...(filters.kind ? [`f.kind = ${params.add(filters.kind)}`] : []),
    ...(filters.verifiedOnly ? ['f.verified'] : []),
    ...anyOf('chain_id', filters.chainIds, 'text'),
    ...anyOf('segment_id', filters.segmentIds, 'text'),
    ...anyOf('province', filters.provinceAdcodes?.map(Number), 'int'),
    ...anyOf('city', filters.cityAdcodes?.map(Number), 'int'),
  ];
}

/** ORDER BY for rows of `alias`; ties always end on the id, so pages neither repeat nor skip. */
function orderBy(request: SearchRequest): (alias: string, distance?: string) => string {
  return (alias, distance = `${alias}.distance`) => {
    const newest = `${alias}.created_at DESC, ${alias}.listing_id DESC`;
    if (request.sort === 'DISTANCE') return `${distance} ASC NULLS LAST, ${newest}`;
    if (request.sort === 'NEWEST') return newest;
    return alias === 'f' ? newest : `${alias}.score DESC, ${newest}`;
  };
}
