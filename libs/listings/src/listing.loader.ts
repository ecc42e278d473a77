import { userOfContext, type RequestWithUser } from '@chainmatch/auth';
import { loadById } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { statusAsRead } from './listing-lifecycle.js';
import { ListingQueryService } from './listing-query.service.js';
import type { ListingEntity } from './listing.entity.js';
import { HiddenListing } from './listing.types.js';
import { canSeeListing } from './listing-visibility.js';

/** Listings as field resolvers of other types (a match's sides, interest, a suggestion) return them. */
@Injectable()
export class ListingLoader {
  constructor(private readonly queries: ListingQueryService) {}

  /** The listing of `id`, batched with every other listing the same request asks for (one query). */
  byId(context: object, id: string): Promise<ListingEntity> {
    return loadById(context, 'listing.byId', (ids) => this.queries.findByIds(ids), id);
  }

  /** The listing as the caller may see it (canSeeListing): the listing itself, or its placeholder. */
  async view(context: { req?: RequestWithUser }, id: string): Promise<ListingEntity | HiddenListing> {
    const listing = await this.byId(context, id);
    if (canSeeListing(userOfContext(context), listing)) return listing;
    return Object.assign(new HiddenListing(), { id: listing.id, kind: listing.kind, status: statusAsRead(listing) });
  }
}
