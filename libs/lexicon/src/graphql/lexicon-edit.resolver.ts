import { Allow, CurrentUser, Role, type AuthUser } from '@chainmatch/auth';
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { LexiconEditService } from '../edits/lexicon-edit.service.js';
import type { TermGroup } from '../model/lexicon.types.js';
import { CreateLexiconGroupInput, LexiconGroupContentInput } from './lexicon.inputs.js';
import { LexiconQueryService } from './lexicon-query.service.js';
import { LexiconEdit } from './lexicon.types.js';

/** Staff of an alliance covering the group's chain, and admins (checked by the service); each edit is kept in the audit trail. */
@Allow(Role.ALLIANCE_STAFF, Role.ADMIN)
@Resolver()
export class LexiconEditResolver {
  constructor(
    private readonly edits: LexiconEditService,
    private readonly query: LexiconQueryService,
  ) {}

  @Mutation(() => LexiconEdit, { description: 'Adds a term group to a chain\'s lexicon; search and matching use it at once.' })
  async createLexiconGroup(@Args('input') input: CreateLexiconGroupInput, @CurrentUser() user: AuthUser): Promise<LexiconEdit> {
    const group = { ...contentOf(input), id: input.id, chainId: input.id.split('.')[0] };
    return this.query.editToGraph(await this.edits.create(group, input.note ?? null, user));
  }

  @Mutation(() => LexiconEdit, { description: 'Replaces a term group\'s content (pass its version as expectedVersion).' })
  async updateLexiconGroup(
    @Args('groupId') groupId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: LexiconGroupContentInput,
    @CurrentUser() user: AuthUser,
  ): Promise<LexiconEdit> {
    return this.query.editToGraph(await this.edits.update(groupId, expectedVersion, contentOf(input), input.note ?? null, user));
  }

  @Mutation(() => LexiconEdit, { description: 'Removes a term group (refused while narrower groups point at it).' })
  async deleteLexiconGroup(
    @Args('groupId') groupId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @CurrentUser() user: AuthUser,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<LexiconEdit> {
    return this.query.editToGraph(await this.edits.delete(groupId, expectedVersion, note ?? null, user));
  }
}

function contentOf(input: LexiconGroupContentInput): Omit<TermGroup, 'id' | 'chainId'> {
  const trimmed = (terms: string[]) => terms.map((term) => term.trim());
  return {
    segments: input.segmentIds, type: input.type, zh: trimmed(input.zh), variants: trimmed(input.variants ?? []),
    en: trimmed(input.en), abbr: trimmed(input.abbr ?? []), ...(input.broaderId ? { broader: input.broaderId } : {}),
  };
}
