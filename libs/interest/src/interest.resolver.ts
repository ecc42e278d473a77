import { Allow, CurrentUser, Role, type AuthUser } from '@chainmatch/auth';
import { ParseIdPipe, type Connection } from '@chainmatch/core';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InterestQueryService } from './interest-query.service.js';
import type { InterestEntity } from './interest.entity.js';
import { DeclineReasonArgs, ExpressInterestArgs, InterestListArgs } from './interest.inputs.js';
import { InterestService } from './interest.service.js';
import { Interest, InterestConnection } from './interest.types.js';

const ID_ARG = { type: () => ID };
const VERSION_ARG = { type: () => Int, description: 'The version the answer is based on; CONFLICT when stale.' };

/**
 * Interest between enterprises: members act for their own enterprise (checked in the service);
 * admins may read any enterprise's interest but not speak for one.
 */
@Resolver(() => Interest)
export class InterestResolver {
  constructor(
    private readonly interests: InterestService,
    private readonly queries: InterestQueryService,
  ) {}

  @Allow(Role.ENTERPRISE_MEMBER, Role.ADMIN)
  @Query(() => Interest, { nullable: true, description: 'Seen by members of the sending and the receiving enterprise, and admins; null for others.' })
  interest(@Args('id', ID_ARG, ParseIdPipe) id: string, @CurrentUser() user: AuthUser): Promise<InterestEntity | null> {
    return this.queries.findVisible(id, user);
  }

  @Allow(Role.ENTERPRISE_MEMBER, Role.ADMIN)
  @Query(() => InterestConnection, { description: 'Interest others expressed in the enterprise\'s listings, newest first.' })
  interestsReceived(@Args() args: InterestListArgs, @CurrentUser() user: AuthUser): Promise<Connection<InterestEntity>> {
    return this.queries.listReceived(args, user);
  }

  @Allow(Role.ENTERPRISE_MEMBER, Role.ADMIN)
  @Query(() => InterestConnection, { description: 'Interest the enterprise expressed in others\' listings, newest first.' })
  interestsSent(@Args() args: InterestListArgs, @CurrentUser() user: AuthUser): Promise<Connection<InterestEntity>> {
    return this.queries.listSent(args, user);
  }

  @Allow(Role.ENTERPRISE_MEMBER)
  @Mutation(() => Interest, {
    description: 'Expresses the member\'s enterprise\'s interest in another enterprise\'s ACTIVE listing; it waits for the owner\'s '
      + 'answer and EXPIRES unanswered after the configured period. One PENDING interest per listing and enterprise.',
  })
  expressInterest(@Args() { listingId, message }: ExpressInterestArgs, @CurrentUser() actor: AuthUser): Promise<InterestEntity> {
    return this.interests.express(listingId.toLowerCase(), message, actor);
  }

  @Allow(Role.ENTERPRISE_MEMBER)
  @Mutation(() => Interest, { description: 'The listing\'s enterprise accepts PENDING interest: each enterprise sees the other\'s contact from now on.' })
  acceptInterest(@Args('id', ID_ARG, ParseIdPipe) id: string, @Args('expectedVersion', VERSION_ARG) v: number, @CurrentUser() actor: AuthUser) {
    return this.interests.accept(id, v, actor);
  }

  @Allow(Role.ENTERPRISE_MEMBER)
  @Mutation(() => Interest, { description: 'The listing\'s enterprise declines PENDING interest, optionally saying why.' })
  declineInterest(
    @Args('id', ID_ARG, ParseIdPipe) id: string,
    @Args('expectedVersion', VERSION_ARG) expectedVersion: number,
    @Args() { reason }: DeclineReasonArgs,
    @CurrentUser() actor: AuthUser,
  ): Promise<InterestEntity> {
    return this.interests.decline(id, expectedVersion, reason, actor);
  }

  @Allow(Role.ENTERPRISE_MEMBER)
  @Mutation(() => Interest, { description: 'The sending enterprise takes back its PENDING interest.' })
  withdrawInterest(@Args('id', ID_ARG, ParseIdPipe) id: string, @Args('expectedVersion', VERSION_ARG) v: number, @CurrentUser() actor: AuthUser) {
    return this.interests.withdraw(id, v, actor);
  }
}
