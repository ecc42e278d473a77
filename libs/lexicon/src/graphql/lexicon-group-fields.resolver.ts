import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LexiconService } from '../lexicon.service.js';
import { LexiconQueryService } from './lexicon-query.service.js';
import { LexiconGroup } from './lexicon.types.js';

/** The broader links of a group, both ways, from the in-memory lexicon (no query per group). */
@Resolver(() => LexiconGroup)
export class LexiconGroupFieldsResolver {
  constructor(
    private readonly lexicon: LexiconService,
    private readonly query: LexiconQueryService,
  ) {}

  @ResolveField(() => LexiconGroup, { nullable: true })
  broader(@Parent() group: LexiconGroup): LexiconGroup | null {
    return group.broaderId ? this.query.group(group.broaderId) : null;
  }

  @ResolveField(() => [LexiconGroup], { description: 'Groups whose broader group this is.' })
  narrower(@Parent() group: LexiconGroup): LexiconGroup[] {
    return this.lexicon.current().narrowerOf(group.id).map((narrower) => this.query.toGraph(narrower));
  }
}
