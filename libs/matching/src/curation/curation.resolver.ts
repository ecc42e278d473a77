import { Allow, Authenticated, CurrentUser, Role, type AuthUser } from '@chainmatch/auth';
import { ParseIdPipe, type Connection } from '@chainmatch/core';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { MatchEntity } from '../match.entity.js';
import { Match } from '../match.types.js';
import {
  CurationNoteArgs, CurationQueueArgs, DismissMatchArgs, IntroduceMatchArgs, RecordMatchOutcomeArgs,
} from './curation.inputs.js';
import { CurationService } from './curation.service.js';
import { MatchConnection } from './curation.types.js';
import { MatchQueryService } from './match-query.service.js';

const ID_ARG = { type: () => ID };
const VERSION_ARG = { type: () => Int, description: 'The version the step is based on; CONFLICT (STALE_VERSION) when stale.' };
/** Coverage of the match itself is checked in the service: staff act inside their alliance's chains × provinces. */
const CURATORS = [Role.ALLIANCE_STAFF, Role.ADMIN];

/** The curation queue and the steps of a match's life. An illegal step is a CONFLICT (ILLEGAL_MATCH_TRANSITION). */
@Resolver(() => Match)
export class CurationResolver {
  constructor(
    private readonly curation: CurationService,
    private readonly queries: MatchQueryService,
  ) {}

  @Allow(...CURATORS)
  @Query(() => MatchConnection, { description: 'Matches to curate inside the caller\'s coverage (admins: all); best first unless `sort` says otherwise.' })
  curationQueue(@Args() { filter, sort, ...page }: CurationQueueArgs, @CurrentUser() user: AuthUser): Promise<Connection<MatchEntity>> {
    return this.queries.queue(user, filter ?? {}, sort ?? undefined, page);
  }

  @Authenticated()
  @Query(() => Match, { nullable: true, description: 'Seen by staff covering it, admins, and members of either of its enterprises; null for others.' })
  match(@Args('id', ID_ARG, ParseIdPipe) id: string, @CurrentUser() user: AuthUser): Promise<MatchEntity | null> {
    return this.curation.findVisible(id, user);
  }

  @Allow(...CURATORS)
  @Mutation(() => Match, { description: 'SUGGESTED → SHORTLISTED.' })
  shortlistMatch(
    @Args('id', ID_ARG, ParseIdPipe) id: string,
    @Args('expectedVersion', VERSION_ARG) expectedVersion: number,
    @Args() { note }: CurationNoteArgs,
    @CurrentUser() actor: AuthUser,
  ): Promise<MatchEntity> {
    return this.curation.shortlist(id, expectedVersion, note, actor);
  }

  @Allow(...CURATORS)
  @Mutation(() => Match, { description: 'SUGGESTED or SHORTLISTED → DISMISSED (final), with a reason code.' })
  dismissMatch(
    @Args('id', ID_ARG, ParseIdPipe) id: string,
    @Args('expectedVersion', VERSION_ARG) expectedVersion: number,
    @Args() { reason, note }: DismissMatchArgs,
    @CurrentUser() actor: AuthUser,
  ): Promise<MatchEntity> {
    return this.curation.dismiss(id, expectedVersion, reason, note, actor);
  }

  @Allow(...CURATORS)
  @Mutation(() => Match, { description: 'SHORTLISTED → INTRODUCED: each enterprise then sees the other\'s contact details.' })
  introduceMatch(
    @Args('id', ID_ARG, ParseIdPipe) id: string,
    @Args('expectedVersion', VERSION_ARG) expectedVersion: number,
    @Args() { note }: IntroduceMatchArgs,
    @CurrentUser() actor: AuthUser,
  ): Promise<MatchEntity> {
    return this.curation.introduce(id, expectedVersion, note, actor);
  }

  @Allow(...CURATORS)
  @Mutation(() => Match, { description: 'After the introduction: MEETING_HELD, SAMPLE_SENT, then ORDER_PLACED (with the amount) or NO_DEAL (with the reason).' })
  recordMatchOutcome(
    @Args('id', ID_ARG, ParseIdPipe) id: string,
    @Args('expectedVersion', VERSION_ARG) expectedVersion: number,
    @Args() args: RecordMatchOutcomeArgs,
    @CurrentUser() actor: AuthUser,
  ): Promise<MatchEntity> {
    return this.curation.recordOutcome(id, expectedVersion, args, actor);
  }
}
