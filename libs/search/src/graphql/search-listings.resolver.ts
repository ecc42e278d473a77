import { Public } from '@chainmatch/auth';
import { PageArgs } from '@chainmatch/core';
import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ListingSearchService } from './listing-search.service.js';
import { SearchListingsInput } from './search-listings.inputs.js';
import { SearchListingConnection } from './search-listings.types.js';
import { selectsField } from './selection.js';

@Resolver()
export class SearchListingsResolver {
  constructor(private readonly search: ListingSearchService) {}

  /** Public: anyone may search, and only ACTIVE listings inside their validity window are ever found. */
  @Public()
  @Query(() => SearchListingConnection, {
    description: 'Full-text search of ACTIVE listings in Chinese and English with filters, facets, distance and highlights. '
      + 'Relevance first when there is text, newest first otherwise.',
  })
  searchListings(
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    // Optional rather than `| undefined`, so that the parameter's type (read by the validation pipe) is the input class.
    @Args('input', { type: () => SearchListingsInput, nullable: true }) input?: SearchListingsInput,
  ): Promise<SearchListingConnection> {
    // Facet counts cost a pass over every match: only when the operation asks for them.
    return this.search.search(input, page, selectsField(info, 'facets'));
  }
}
