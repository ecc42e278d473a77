import { termsOf, type Lexicon } from '@chainmatch/lexicon';
import type { Settings } from 'meilisearch';
import { MAX_TOTAL_HITS } from '../engine/search-engine.port.js';
import { BROADER_REACH } from '../text/term-vocabulary.js';

/** The facets as the port names them → the document attribute Meilisearch counts. */
export const MEILI_FACET_ATTRIBUTES = {
  kind: 'kind', chain: 'chainId', segment: 'segmentId', province: 'provinceAdcode', city: 'cityAdcode',
} as const;

export interface MeiliSettingsSource {
  lexicon: Lexicon;
  dictionary: readonly string[];
}

/** Searched, best first (the `attribute` rule ranks by this order). Names are not: a listing is found by what it says. */
export const MEILI_SEARCHABLE = ['title', 'keywords', 'description'];

/**
 * The index settings, declared here and applied at start when the server's differ. Ranking puts
 * `sort` first so that an explicit order (newest, distance) is the order, with relevance breaking
 * ties; without a sort parameter the rule does nothing and relevance decides.
 */
export function desiredSettings(source: MeiliSettingsSource): Settings {
  return {
    // Not the names of the chain, segment or enterprise: a hit on them alone is no hit for a text query.
    searchableAttributes: MEILI_SEARCHABLE,
    filterableAttributes: ['_geo', 'chainId', 'cityAdcode', 'id', 'kind', 'provinceAdcode', 'segmentId', 'validUntil', 'verified'],
    sortableAttributes: ['_geo', 'createdAt', 'id'],
    displayedAttributes: ['*'],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    synonyms: lexiconSynonyms(source.lexicon),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    dictionary: [...source.dictionary].sort(),
    localizedAttributes: [
      { attributePatterns: ['*Zh'], locales: ['cmn'] },
      { attributePatterns: ['*En'], locales: ['eng'] },
      { attributePatterns: ['title', 'description', 'keywords'], locales: ['cmn', 'eng'] },
    ],
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  };
}

/** The lexicon as Meilisearch synonyms: members of a group both ways, broader terms one way to every narrower group's terms. */
export function lexiconSynonyms(lexicon: Lexicon): Record<string, string[]> {
  const groups = lexicon.groups();
  const narrower = groups.flatMap((group) => {
    const below = lexicon.descendantsOf(group.id).filter(({ depth }) => depth <= BROADER_REACH).flatMap(({ group: d }) => termsOf(d));
    return below.length > 0 ? [{ from: termsOf(group), to: below }] : [];
  });
  return synonymMap(groups.map(termsOf), narrower);
}

/** Multi-way synonyms: every member of a group maps to all the others (Meilisearch compares lower case). */
export function synonymMap(groups: readonly (readonly string[])[], oneWay: readonly { from: string[]; to: string[] }[] = []): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  const add = (from: readonly string[], to: readonly string[]) => {
    const targets = [...new Set(to.map((term) => term.toLowerCase()))];
    for (const term of new Set(from.map((t) => t.toLowerCase()))) {
      map[term] = [...new Set([...(map[term] ?? []), ...targets.filter((other) => other !== term)])].sort();
    }
  };
  for (const group of groups) add(group, group);
  for (const { from, to } of oneWay) add(from, to);
  return Object.fromEntries(Object.entries(map).filter(([, to]) => to.length > 0).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Lists whose order carries no meaning, compared as sets. */
const UNORDERED: (keyof Settings)[] = ['filterableAttributes', 'sortableAttributes', 'dictionary'];

/** The declared settings the server does not have yet (by name); an empty list means nothing to apply. */
export function settingsDiff(current: Settings, desired: Settings): string[] {
  return (Object.keys(desired) as (keyof Settings)[]).filter((key) => {
    const normalise = (value: unknown) => (UNORDERED.includes(key) && Array.isArray(value) ? [...value].sort() : value);
    return !sameShape(normalise(current[key]), normalise(desired[key]));
  });
}

/** Deep equality that ignores keys the server adds with defaults to an object we declared partly. */
function sameShape(actual: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) {
    return Array.isArray(actual) && actual.length === wanted.length && wanted.every((item, i) => sameShape(actual[i], item));
  }
  if (wanted !== null && typeof wanted === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(wanted).every(([key, value]) => sameShape((actual as Record<string, unknown>)[key], value));
  }
  return actual === wanted;
}
