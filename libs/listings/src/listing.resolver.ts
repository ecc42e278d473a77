import { Allow, CurrentUser, Public, Role, type AuthUser } from '@chainmatch/auth';
import { ParseIdPipe, PageArgs, type Connection } from '@chainmatch/core';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ListingQueryService } from './listing-query.service.js';
import type { ListingEntity } from './listing.entity.js';
import { CreateListingInput, ListingFilter, ModerationReasonArgs, UpdateListingInput } from './listing.inputs.js';
import { ListingService } from './listing.service.js';
import { Listing, ListingConnection } from './listing.types.js';

const ID_ARG = { type: () => ID };
const VERSION_ARG = { type: () => Int, description: 'The version the change is based on; CONFLICT when stale.' };
const OWNERS = [Role.ENTERPRISE_MEMBER, Role.ADMIN];

/** Listing operations. Owner actions are for the listing's enterprise members (checked in the service) and admins. */
@Resolver(() => Listing)
export class ListingResolver {
  constructor(
    private readonly listingService: ListingService,
    private readonly queries: ListingQueryService,
  ) {}

  @Public()
  @Query(() => Listing, { nullable: true, description: 'Anyone sees an ACTIVE listing; others only its enterprise, covering staff and admins.' })
  listing(@Args('id', ID_ARG, ParseIdPipe) id: string, @CurrentUser() user: AuthUser | undefined): Promise<ListingEntity | null> {
    return this.listingService.findVisible(id, user);
  }

  @Public()
  @Query(() => ListingConnection, {
    description: 'Newest first; ACTIVE listings unless `filter.statuses` says otherwise, which members may ask of their own '
      + 'enterprise, staff inside their coverage, admins anywhere.',
  })
  listings(
    @Args() page: PageArgs,
    @Args('filter', { type: () => ListingFilter, nullable: true }) filter?: ListingFilter,
    @CurrentUser() user?: AuthUser,
  ): Promise<Connection<ListingEntity>> {
    return this.queries.list(filter ?? {}, page, user);
  }

  @Allow(...OWNERS)
  @Mutation(() => Listing, { description: 'Creates a DRAFT listing for the member\'s enterprise.' })
  createListing(@Args('input') input: CreateListingInput, @CurrentUser() actor: AuthUser): Promise<ListingEntity> {
    return this.listingService.create(input, actor);
  }

  @Allow(...OWNERS)
  @Mutation(() => Listing, { description: 'Changes the given fields; refused on a CLOSED listing.' })
  updateListing(
    @Args('id', ID_ARG, ParseIdPipe) id: string,
    @Args('expectedVersion', VERSION_ARG) expectedVersion: number,
    @Args('input') input: UpdateListingInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<ListingEntity> {
    return this.listingService.update(id, expectedVersion, input, actor);
  }

  @Allow(...OWNERS)
  @Mutation(() => Listing, { description: 'DRAFT or PAUSED → ACTIVE (clears a moderation note).' })
  publishListing(@Args('id', ID_ARG, ParseIdPipe) id: string, @Args('expectedVersion', VERSION_ARG) v: number, @CurrentUser() actor: AuthUser) {
    return this.listingService.publish(id, v, actor);
  }

  @Allow(...OWNERS)
  @Mutation(() => Listing, { description: 'ACTIVE → PAUSED.' })
  pauseListing(@Args('id', ID_ARG, ParseIdPipe) id: string, @Args('expectedVersion', VERSION_ARG) v: number, @CurrentUser() actor: AuthUser) {
    return this.listingService.pause(id, v, actor);
  }

  @Allow(...OWNERS)
  @Mutation(() => Listing, { description: 'Any status but CLOSED → CLOSED (final).' })
  closeListing(@Args('id', ID_ARG, ParseIdPipe) id: string, @Args('expectedVersion', VERSION_ARG) v: number, @CurrentUser() actor: AuthUser) {
    return this.listingService.close(id, v, actor);
  }

  @Allow(...OWNERS)
  @Mutation(() => Listing, { description: 'Moves the end of the validity window; an EXPIRED listing becomes ACTIVE again.' })
  renewListing(
    @Args('id', ID_ARG, ParseIdPipe) id: string,
    @Args('expectedVersion', VERSION_ARG) expectedVersion: number,
    @Args('validUntil') validUntil: Date,
    @CurrentUser() actor: AuthUser,
  ): Promise<ListingEntity> {
    return this.listingService.renew(id, expectedVersion, validUntil, actor);
  }

  @Allow(Role.ALLIANCE_STAFF, Role.ADMIN)
  @Mutation(() => Listing, { description: 'Staff inside their coverage pause an ACTIVE listing with a reason its owner sees.' })
  moderateListing(
    @Args('id', ID_ARG, ParseIdPipe) id: string,
    @Args('expectedVersion', VERSION_ARG) expectedVersion: number,
    @Args() { reason }: ModerationReasonArgs,
    @CurrentUser() actor: AuthUser,
  ): Promise<ListingEntity> {
    return this.listingService.moderate(id, expectedVersion, reason, actor);
  }
}
