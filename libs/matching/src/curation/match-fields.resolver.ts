import { isAdmin, isMemberOf, userOfContext, type AuthUser, type RequestWithUser } from '@chainmatch/auth';
import { alignToKeys, requestLoader } from '@chainmatch/core';
import { Listing, ListingQueryService, type ListingEntity } from '@chainmatch/listings';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { MatchEntity, MatchEventEntity } from '../match.entity.js';
import { explanationFor, Match, MatchFactor, MatchTimelineEntry, MatchViewpoint } from '../match.types.js';
import type { Viewpoint } from '../suggestions/viewpoint.js';
import { isStaffCoveringMatch } from './match-access.js';
import { MatchQueryService } from './match-query.service.js';

type GraphQLContext = { req?: RequestWithUser };

/** The two listings, the explanation and the timeline of a match, batched per request. */
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

  @ResolveField(() => [MatchFactor], {
    description: 'One row per factor, in words from one party\'s side: by default the caller\'s (members of the supplier read about the buyer; everyone else about the supplier).',
  })
  explanation(
    @Parent() match: MatchEntity,
    @Context() context: GraphQLContext,
    @Args('viewpoint', { type: () => MatchViewpoint, nullable: true }) viewpoint?: Viewpoint,
  ): MatchFactor[] {
    const side = viewpoint ?? (isMemberOf(userOfContext(context), match.supplyEnterpriseId) ? 'SUPPLIER' : 'BUYER');
    return explanationFor(match.explanation, side);
  }

  @ResolveField(() => [MatchTimelineEntry], {
    description: 'Every step, oldest first. Who acted and their notes are for curators (covering staff, admins); the two enterprises see the steps only.',
  })
  async timeline(@Parent() match: MatchEntity, @Context() context: GraphQLContext): Promise<MatchTimelineEntry[]> {
    const steps = await requestLoader<string, MatchEventEntity[]>(context, 'matching.timeline', (ids) => this.matches.timelinesOf(ids)).load(match.id);
    return isCurator(userOfContext(context), match) ? steps : steps.map((step) => ({ ...step, actorUserId: null, note: null }));
  }

  private listingLoader(context: object) {
    return requestLoader<string, ListingEntity>(context, 'matching.listingById', async (ids) =>
      alignToKeys(ids, await this.listings.findByIds(ids), (listing) => listing.id).map((listing) => listing ?? new Error('listing missing')),
    );
  }
}

const isCurator = (user: AuthUser | undefined, match: MatchEntity) => isAdmin(user) || isStaffCoveringMatch(user, match);
