import { Allow, CurrentUser, Public, Role, type AuthUser } from '@chainmatch/auth';
import { PageArgs, type Connection } from '@chainmatch/core';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { LexiconEditsArgs, LexiconGroupFilter } from './lexicon.inputs.js';
import { LexiconQueryService } from './lexicon-query.service.js';
import { LexiconEditConnection, LexiconGroup, LexiconGroupConnection, type LexiconEdit } from './lexicon.types.js';

@Resolver(() => LexiconGroup)
export class LexiconResolver {
  constructor(private readonly query: LexiconQueryService) {}

  /** Reference data, like the chains: public. */
  @Public()
  @Query(() => LexiconGroupConnection, { description: 'Term groups of the domain lexicon, by id; filter by chain, segment or a term.' })
  lexiconGroups(
    @Args() page: PageArgs,
    @Args('filter', { type: () => LexiconGroupFilter, nullable: true }) filter?: LexiconGroupFilter,
  ): Connection<LexiconGroup> {
    return this.query.groups(filter, page);
  }

  @Public()
  @Query(() => LexiconGroup, { nullable: true })
  lexiconGroup(@Args('id', { type: () => ID }) id: string): LexiconGroup | null {
    return this.query.group(id);
  }

  /** Who changed the lexicon: staff (the chains their alliance covers) and admins. */
  @Allow(Role.ALLIANCE_STAFF, Role.ADMIN)
  @Query(() => LexiconEditConnection, { description: 'Staff edits of the lexicon, newest first.' })
  lexiconEdits(
    @Args() page: PageArgs,
    @CurrentUser() user: AuthUser,
    @Args() filter: LexiconEditsArgs,
  ): Promise<Connection<LexiconEdit>> {
    return this.query.edits(filter, page, user);
  }
}

