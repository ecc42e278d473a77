import { userOfContext, type RequestWithUser } from '@chainmatch/auth';
import { alignToKeys, requestLoader } from '@chainmatch/core';
import { Listing, ListingQueryService, type ListingEntity } from '@chainmatch/listings';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { MatchEntity, MatchEventEntity } from '../match.entity.js';
import { Match, MatchTimelineEntry } from '../match.types.js';
import { curatesMatch } from './match-access.js';
import { MatchQueryService } from './match-query.service.js';

type GraphQLContext = { req?: RequestWithUser };

/** The two listings and the timeline of a match, batched per request. */
@Resolver(() => Match)
export class MatchFieldsResolver {
  constructor(
    private readonly listings: ListingQueryService,
    private readonly matches: MatchQueryService,
  ) {}

  @ResolveField(() => Listing)
  demandListing(@Parent() match: MatchEntity, @Context() context: object): Promise<ListingEntity> {
    return this.listingLoader(context).load(match.demandListingId);
  }

  @ResolveField(() => Listing)
  supplyListing(@Parent() match: MatchEntity, @Context() context: object): Promise<ListingEntity> {
    return this.listingLoader(context).load(match.supplyListingId);
  }

  @ResolveField(() => [MatchTimelineEntry], {
    description: 'Every step, oldest first. Who acted and their notes are for curators (covering staff, admins); the two enterprises see the steps only.',
  })
  async timeline(@Parent() match: MatchEntity, @Context() context: GraphQLContext): Promise<MatchTimelineEntry[]> {
    const steps = await requestLoader<string, MatchEventEntity[]>(context, 'matching.timeline', (ids) => this.matches.timelinesOf(ids)).load(match.id);
    return curatesMatch(userOfContext(context), match) ? steps : steps.map((step) => ({ ...step, actorUserId: null, note: null }));
  }

  private listingLoader(context: object) {
    return requestLoader<string, ListingEntity>(context, 'matching.listingById', async (ids) =>
      alignToKeys(ids, await this.listings.findByIds(ids), (listing) => listing.id).map((listing) => listing ?? new Error('listing missing')),
    );
  }
}
