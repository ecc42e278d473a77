import { Authenticated, CurrentUser, type AuthUser, type RequestWithUser } from '@chainmatch/auth';
import { BadUserInputError, CoreErrorReason, ForbiddenError, ParseIdPipe } from '@chainmatch/core';
import { canSeeListingPrivately, ListingLoader, ListingQueryService, ListingView, type HiddenListing, type ListingEntity } from '@chainmatch/listings';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MatchErrorReason } from '../match.errors.js';
import { explanationFor, MatchFactor } from '../match.types.js';
import { SuggestionService, type Suggestion } from './suggestion.service.js';
import { MatchSuggestion } from './suggestion.types.js';

const MAX_SUGGESTIONS = 50;

@Resolver(() => MatchSuggestion)
export class SuggestionResolver {
  constructor(
    private readonly suggestions: SuggestionService,
    private readonly listings: ListingQueryService,
    private readonly loader: ListingLoader,
  ) {}

  @Authenticated()
  @Query(() => [MatchSuggestion], {
    description: `Live suggestions for a listing, best first (at most ${MAX_SUGGESTIONS}): for its enterprise's members, staff covering it and admins.`,
  })
  async matchesForListing(
    @Args('listingId', { type: () => ID }, ParseIdPipe) listingId: string,
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ): Promise<Suggestion[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS) {
      throw BadUserInputError.of('first', `must be from 1 to ${MAX_SUGGESTIONS}`, CoreErrorReason.PAGE_SIZE_OUT_OF_RANGE);
    }
    const [listing] = await this.listings.findByIds([listingId]);
    if (listing && !canSeeListingPrivately(user, listing)) {
      throw new ForbiddenError('suggestions are for the listing\'s enterprise, staff covering it and admins', MatchErrorReason.NOT_YOUR_LISTING);
    }
    return this.suggestions.suggestFor(listingId, first);
  }

  @ResolveField(() => [MatchFactor], { description: 'One row per factor, written for the asking listing\'s side (see viewpoint).' })
  explanation(@Parent() suggestion: Suggestion): MatchFactor[] {
    return explanationFor(suggestion.explanation, suggestion.viewpoint);
  }

  @ResolveField(() => ListingView, { description: 'The counterpart listing.' })
  listing(@Parent() suggestion: Suggestion, @Context() context: { req?: RequestWithUser }): Promise<ListingEntity | HiddenListing> {
    return this.loader.view(context, suggestion.counterpartListingId);
  }
}
