import { ParseIdPipe, PageArgs, type Connection } from '@chainmatch/core';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ListingQueryService } from './listing-query.service.js';
import type { ListingEntity } from './listing.entity.js';
import { CreateListingInput, ListingFilter, UpdateListingInput } from './listing.inputs.js';
import { ListingService } from './listing.service.js';
import { Listing, ListingConnection } from './listing.types.js';

const VERSION_ARG = { type: () => Int, description: 'The version the change is based on; CONFLICT when stale.' };

@Resolver(() => Listing)
export class ListingResolver {
  constructor(
    private readonly listingService: ListingService,
    private readonly queries: ListingQueryService,
  ) {}

  @Query(() => Listing, { nullable: true })
  listing(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<ListingEntity | null> {
    return this.listingService.findById(id);
  }

  @Query(() => ListingConnection, { description: 'Newest first. Without `filter.statuses`, ACTIVE listings only.' })
  listings(
    @Args() page: PageArgs,
    @Args('filter', { type: () => ListingFilter, nullable: true }) filter?: ListingFilter,
  ): Promise<Connection<ListingEntity>> {
    return this.queries.list(filter, page);
  }

  @Mutation(() => Listing, { description: 'Creates a DRAFT listing.' })
  createListing(@Args('input') input: CreateListingInput): Promise<ListingEntity> {
    return this.listingService.create(input);
  }

  @Mutation(() => Listing, { description: 'Changes the given fields; refused on a CLOSED listing.' })
  updateListing(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('expectedVersion', VERSION_ARG) expectedVersion: number,
    @Args('input') input: UpdateListingInput,
  ): Promise<ListingEntity> {
    return this.listingService.update(id, expectedVersion, input);
  }

  @Mutation(() => Listing, { description: 'DRAFT or PAUSED → ACTIVE.' })
  publishListing(@Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('expectedVersion', VERSION_ARG) expectedVersion: number) {
    return this.listingService.publish(id, expectedVersion);
  }

  @Mutation(() => Listing, { description: 'ACTIVE → PAUSED.' })
  pauseListing(@Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('expectedVersion', VERSION_ARG) expectedVersion: number) {
    return this.listingService.pause(id, expectedVersion);
  }

  @Mutation(() => Listing, { description: 'Any status but CLOSED → CLOSED (final).' })
  closeListing(@Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('expectedVersion', VERSION_ARG) expectedVersion: number) {
    return this.listingService.close(id, expectedVersion);
  }

  @Mutation(() => Listing, { description: 'Moves the end of the validity window; an EXPIRED listing becomes ACTIVE again.' })
  renewListing(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('expectedVersion', VERSION_ARG) expectedVersion: number,
    @Args('validUntil') validUntil: Date,
  ): Promise<ListingEntity> {
    return this.listingService.renew(id, expectedVersion, validUntil);
  }
}
