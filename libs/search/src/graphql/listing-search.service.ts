import { TaxonomyService } from '@chainmatch/chains';
import { AppConfig } from '@chainmatch/config';
import { BadUserInputError, resolvePageSize, type PageArgs } from '@chainmatch/core';
import { isLive, ListingQueryService, type ListingEntity } from '@chainmatch/listings';
import { RegionDirectory } from '@chainmatch/regions';
import { Inject, Injectable } from '@nestjs/common';
import { greatCircleKm } from '../engine/great-circle.js';
import { FACET_NAMES, SEARCH_ENGINE, type FacetCounts, type FacetName, type SearchEngine, type SearchHit, type SearchRequest } from '../engine/search-engine.port.js';
import { decodeSearchCursor, encodeSearchCursor, MAX_SEARCH_WINDOW } from './search-cursor.js';
import { SearchErrorReason } from './search.errors.js';
import { SearchSort, type SearchListingsInput } from './search-listings.inputs.js';
import type { FacetCount, SearchFacets, SearchListingConnection, SearchListingEdge } from './search-listings.types.js';

/**
 * searchListings: turns the GraphQL input into an engine request, and the engine's hits into a
 * connection of listings read from the database (the index finds, the database tells).
 */
@Injectable()
export class ListingSearchService {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly listings: ListingQueryService,
    private readonly config: AppConfig,
    private readonly taxonomy: TaxonomyService,
    private readonly regions: RegionDirectory,
  ) {}

  async search(input: SearchListingsInput = {}, page: PageArgs, withFacets: boolean): Promise<SearchListingConnection> {
    const request = this.requestOf(input, page, withFacets);
    const result = await this.engine.search(request);
    const edges = await this.edgesOf(result.hits, request, input);
    const last = request.offset + result.hits.length - 1;
    return {
      edges,
      totalCount: result.total,
      pageInfo: {
        hasNextPage: request.offset + result.hits.length < Math.min(result.total, MAX_SEARCH_WINDOW),
        hasPreviousPage: request.offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: result.hits.length > 0 ? encodeSearchCursor(last) : null,
      },
      facets: this.labelled(result.facets),
      droppedTerms: result.droppedTerms,
      corrections: result.corrections,
    };
  }

  private requestOf(input: SearchListingsInput, page: PageArgs, withFacets: boolean): SearchRequest {
    const limit = resolvePageSize(page.first, this.config.get('PAGE_SIZE_MAX'));
    const offset = page.after ? decodeSearchCursor(page.after) + 1 : 0;
    if (offset + limit > MAX_SEARCH_WINDOW) {
      throw BadUserInputError.of('after', `results can be paged up to the ${MAX_SEARCH_WINDOW}th; narrow the search`, SearchErrorReason.SEARCH_WINDOW_EXCEEDED);
    }
    const sort = input.sort ?? (input.text?.trim() ? SearchSort.RELEVANCE : SearchSort.NEWEST);
    if (sort === SearchSort.DISTANCE && !input.near) throw BadUserInputError.of('input.sort', 'DISTANCE needs input.near', SearchErrorReason.NEAR_REQUIRED);
    const near = input.near && { lat: input.near.point.lat, lng: input.near.point.lng, radiusKm: input.near.radiusKm };
    return {
      text: input.text,
      filters: {
        kind: input.kind, chainIds: input.chainIds, segmentIds: input.segmentIds, provinceAdcodes: input.provinceAdcodes,
        cityAdcodes: input.cityAdcodes, verifiedOnly: input.verifiedOnly, near,
      },
      sort, offset, limit, facets: withFacets,
    };
  }

  /**
   * The hits' listings, in the engine's order. A listing the index still has but that stopped being
   * ACTIVE a moment ago (the index lags by the sync interval) is left out rather than shown.
   */
  private async edgesOf(hits: SearchHit[], request: SearchRequest, input: SearchListingsInput): Promise<SearchListingEdge[]> {
    // No hits, no read: an empty id list must never reach the listing table as "no condition".
    if (hits.length === 0) return [];
    const found = new Map((await this.listings.findByIds(hits.map((hit) => hit.id))).map((listing) => [listing.id, listing]));
    return hits.flatMap((hit, i) => {
      const listing = found.get(hit.id);
      if (!listing || !isLive(listing)) return [];
      return [{
        cursor: encodeSearchCursor(request.offset + i),
        node: listing,
        score: hit.score,
        distanceKm: distanceOf(listing, input),
        highlights: hit.highlights.map(({ field, text, ranges }) => ({ field, text, matches: ranges })),
      }];
    });
  }

  private labelled(facets: FacetCounts | undefined): SearchFacets {
    const none = Object.fromEntries(FACET_NAMES.map((name) => [name, []])) as unknown as SearchFacets;
    if (!facets) return none;
    return Object.fromEntries(FACET_NAMES.map((name) => [name, facets[name].map(({ value, count }) => ({ value, count, ...this.nameOf(name, value) }))])) as unknown as SearchFacets;
  }

  private nameOf(facet: FacetName, value: string): Pick<FacetCount, 'nameZh' | 'nameEn'> {
    const named = facet === 'chain' ? this.taxonomy.chain(value)
      : facet === 'segment' ? this.taxonomy.segment(value)
        : facet === 'province' ? this.regions.province(value)
          : facet === 'city' ? this.regions.city(value) : undefined;
    return { nameZh: named?.nameZh ?? null, nameEn: named?.nameEn ?? null };
  }
}

function distanceOf(listing: ListingEntity, input: SearchListingsInput): number | null {
  if (!input.near || listing.lat === null || listing.lng === null) return null;
  return Math.round(greatCircleKm(input.near.point, { lat: listing.lat, lng: listing.lng }) * 100) / 100;
}
