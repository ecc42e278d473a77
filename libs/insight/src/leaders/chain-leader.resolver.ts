import { Allow, CurrentUser, Public, Role, type AuthUser } from '@chainmatch/auth';
import type { Connection } from '@chainmatch/core';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ChainLeaderEntity } from './chain-leader.entity.js';
import { ChainLeaderKeyArgs, ChainLeadersArgs, MarkChainLeaderArgs } from './chain-leader.inputs.js';
import { ChainLeaderService } from './chain-leader.service.js';
import { ChainLeader, ChainLeaderConnection } from './chain-leader.types.js';

/** Coverage of the enterprise's province and the chain is checked in the service. */
const MARKERS = [Role.ALLIANCE_STAFF, Role.ADMIN];

/** Chain leaders (链主): public with their figures; their open needs for covering staff, admins and their own members. */
@Resolver(() => ChainLeader)
export class ChainLeaderResolver {
  constructor(private readonly leaders: ChainLeaderService) {}

  @Public()
  @Query(() => ChainLeaderConnection, { description: 'Chain leaders, newest marked first, with their local supply rate.' })
  chainLeaders(@Args() args: ChainLeadersArgs): Promise<Connection<ChainLeaderEntity>> {
    return this.leaders.list(args);
  }

  @Allow(...MARKERS)
  @Mutation(() => ChainLeader, { description: 'Staff covering the enterprise\'s province and the chain (or admins) mark it as the chain\'s leader; figures follow at the next snapshot.' })
  markChainLeader(@Args() args: MarkChainLeaderArgs, @CurrentUser() actor: AuthUser): Promise<ChainLeaderEntity> {
    return this.leaders.mark(args, actor);
  }

  @Allow(...MARKERS)
  @Mutation(() => ChainLeader, { description: 'Removes the mark; returns the leader as it was.' })
  unmarkChainLeader(@Args() args: ChainLeaderKeyArgs, @CurrentUser() actor: AuthUser): Promise<ChainLeaderEntity> {
    return this.leaders.unmark(args, actor);
  }
}
