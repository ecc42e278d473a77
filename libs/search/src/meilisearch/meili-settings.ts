import type { Settings } from 'meilisearch';

/** The facets as the port names them → the document attribute Meilisearch counts. */
export const MEILI_FACET_ATTRIBUTES = {
  kind: 'kind', chain: 'chainId', segment: 'segmentId', province: 'provinceAdcode', city: 'cityAdcode',
} as const;

export interface MeiliSettingsSource {
  synonymGroups: readonly (readonly string[])[];
  dictionary: readonly string[];
}

/**
 * The index settings, declared here and applied at start when the server's differ. Ranking puts
 * `sort` first so that an explicit order (newest, distance) is the order, with relevance breaking
 * ties; without a sort parameter the rule does nothing and relevance decides.
 */
export function desiredSettings(source: MeiliSettingsSource): Settings {
  return {
    searchableAttributes: [
      // Not the chain's names: every listing of the chain would match them (and their synonyms).
      'title', 'keywords', 'enterpriseNameZh', 'enterpriseNameEn', 'segmentNameZh', 'segmentNameEn', 'description',
    ],
    filterableAttributes: ['_geo', 'chainId', 'cityAdcode', 'kind', 'provinceAdcode', 'segmentId', 'validUntil', 'verified'],
    sortableAttributes: ['_geo', 'createdAt', 'id'],
    displayedAttributes: ['*'],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    synonyms: synonymMap(source.synonymGroups),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    dictionary: [...source.dictionary].sort(),
    localizedAttributes: [
      { attributePatterns: ['*Zh'], locales: ['cmn'] },
      { attributePatterns: ['*En'], locales: ['eng'] },
      { attributePatterns: ['title', 'description', 'keywords'], locales: ['cmn', 'eng'] },
    ],
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 10_000 },
  };
}

/** Multi-way synonyms: every member of a group maps to all the others (Meilisearch compares lower case). */
export function synonymMap(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    const terms = [...new Set(group.map((term) => term.toLowerCase()))];
    for (const term of terms) map[term] = [...new Set([...(map[term] ?? []), ...terms.filter((other) => other !== term)])].sort();
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)));
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
