import { userOfContext, type RequestWithUser } from '@chainmatch/auth';
import { requestLoader } from '@chainmatch/core';
import { ListingLoader, ListingView, type HiddenListing, type ListingEntity } from '@chainmatch/listings';
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

  @ResolveField(() => [MatchTimelineEntry], {
    description: 'Every step, oldest first. Who acted and their notes are for curators (covering staff, admins); the two enterprises see the steps only.',
  })
  async timeline(@Parent() match: MatchEntity, @Context() context: GraphQLContext): Promise<MatchTimelineEntry[]> {
    const steps = await requestLoader<string, MatchEventEntity[]>(context, 'matching.timeline', (ids) => this.matches.timelinesOf(ids)).load(match.id);
    return curatesMatch(userOfContext(context), match) ? steps : steps.map((step) => ({ ...step, actorUserId: null, note: null }));
  }
}
