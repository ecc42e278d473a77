import { isMemberOf, userOfContext, type RequestWithUser } from '@chainmatch/auth';
import { requestLoader } from '@chainmatch/core';
import { ListingLoader, ListingView, type HiddenListing, type ListingEntity } from '@chainmatch/listings';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MatchStatus, type MatchEntity, type MatchEventEntity } from '../match.entity.js';
import { explanationFor, Match, MatchFactor, MatchTimelineEntry, MatchViewpoint } from '../match.types.js';
import type { Viewpoint } from '../suggestions/viewpoint.js';
import { curatesMatch } from './match-access.js';
import { NEXT_STATUSES } from './match-lifecycle.js';
import { MatchQueryService } from './match-query.service.js';

type GraphQLContext = { req?: RequestWithUser };

/** The two listings, the explanation and the timeline of a match, batched per request. */
@Resolver(() => Match)
export class MatchFieldsResolver {
  constructor(
    private readonly listings: ListingLoader,
    private readonly matches: MatchQueryService,
  ) {}

  @ResolveField(() => ListingView)
  demandListing(@Parent() match: MatchEntity, @Context() context: GraphQLContext): Promise<ListingEntity | HiddenListing> {
    return this.listings.view(context, match.demandListingId);
  }

  @ResolveField(() => ListingView)
  supplyListing(@Parent() match: MatchEntity, @Context() context: GraphQLContext): Promise<ListingEntity | HiddenListing> {
    return this.listings.view(context, match.supplyListingId);
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
    return curatesMatch(userOfContext(context), match) ? steps : steps.map((step) => ({ ...step, actorUserId: null, note: null }));
  }

  @ResolveField(() => [MatchStatus], {
    description: 'The statuses the caller may move the match to now (each by its mutation): the lifecycle allows them and the caller curates the match; empty for everyone else. RETIRED is the system\'s.',
  })
  nextSteps(@Parent() match: MatchEntity, @Context() context: GraphQLContext): MatchStatus[] {
    if (!curatesMatch(userOfContext(context), match)) return [];
    return NEXT_STATUSES[match.status].filter((status) => status !== MatchStatus.RETIRED);
  }
}
