import { Allow, CurrentUser, Role, type AuthUser } from '@chainmatch/auth';
import type { Connection } from '@chainmatch/core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { MatchConnection } from './curation.types.js';
import { MatchQueryService } from './match-query.service.js';
import type { MatchEntity } from '../match.entity.js';
import { MyMatchesArgs } from './my-matches.inputs.js';

@Resolver()
export class MyMatchesResolver {
  constructor(private readonly queries: MatchQueryService) {}

  @Allow(Role.ENTERPRISE_MEMBER)
  @Query(() => MatchConnection, { description: 'Matches of the member\'s enterprise\'s listings (either side), best first.' })
  myMatches(@Args() { listingId, statuses, ...page }: MyMatchesArgs, @CurrentUser() user: AuthUser): Promise<Connection<MatchEntity>> {
    return this.queries.ofEnterprise(user.enterpriseId!, { listingId, statuses }, page);
  }
}
