import { SearchSyncRunner } from '@chainmatch/search';
import { graphql } from '../gql/index.js';
import type { CreateListingInput } from '../gql/graphql.js';
import type { Member } from './accounts.js';
import { createListing, listingInput } from './factories.js';
import type { TestApi } from './test-api.js';

const PUBLISH = graphql(`mutation PublishListing($id: ID!, $v: Int!) { publishListing(id: $id, expectedVersion: $v) { id version } }`);

/**
 * Waits until the search index has caught up with every committed change: drains the change queue
 * with the application's own worker (the in-process loop may be draining too; that is safe) until
 * nothing is queued, neither a change nor a fan-out (a lexicon edit's, expanded into changes).
 */
export async function waitForIndex(api: TestApi, timeoutMs = 20_000): Promise<void> {
  const { worker } = api.app.get(SearchSyncRunner);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await worker.drainUntilIdle();
    // A fan-out another worker is expanding stays in search_fanout until its listings are queued.
    const [{ queued }] = await api.sql(`SELECT (SELECT count(*) FROM search_outbox)::int + (SELECT count(*) FROM search_fanout)::int AS queued`);
    if (queued === 0) return;
    if (Date.now() > deadline) throw new Error(`search index still ${queued} change(s) behind after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Creates and publishes a listing as `member`; returns its id and version. */
export async function publishListing(member: Member, overrides: Partial<CreateListingInput> = {}): Promise<{ id: string; version: number }> {
  const { id } = await createListing(member.graphql, listingInput(member.enterpriseId, overrides));
  const { publishListing } = await member.graphql.data(PUBLISH, { id, v: 1 });
  return publishListing;
}

export const SEARCH = graphql(`query SearchListings($input: SearchListingsInput, $first: Int, $after: String) {
  searchListings(input: $input, first: $first, after: $after) {
    totalCount
    droppedTerms
    corrections { typed word }
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor score distanceKm node { id title kind status } highlights { field text matches { start length } } }
  } }`);

export const SEARCH_WITH_FACETS = graphql(`query SearchListingsWithFacets($input: SearchListingsInput) {
  searchListings(input: $input, first: 50) {
    totalCount
    edges { node { id } }
    facets {
      kind { value count } chain { value count nameZh } segment { value count } province { value count nameZh } city { value count nameEn }
    }
  } }`);
