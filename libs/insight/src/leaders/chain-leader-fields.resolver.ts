import { userOfContext, type RequestWithUser } from '@chainmatch/auth';
import { Chain, TaxonomyService } from '@chainmatch/chains';
import { PageArgs, requestLoader, type Connection } from '@chainmatch/core';
import { Enterprise, EnterpriseLoader, type EnterpriseEntity } from '@chainmatch/enterprises';
import { ListingConnection, type ListingEntity } from '@chainmatch/listings';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { assertMaySeeLeaderNeeds } from '../access/insight-access.js';
import { OpenDemandQueryService } from '../explain/open-demand-query.service.js';
import type { ChainLeaderEntity } from './chain-leader.entity.js';
import { ChainLeaderService, type LeaderFiguresRow } from './chain-leader.service.js';
import { describeLeaderFigures } from './leader-figures.js';
import { ChainLeader, ChainLeaderFigures } from './chain-leader.types.js';

type Ctx = { req?: RequestWithUser };

@Resolver(() => ChainLeader)
export class ChainLeaderFieldsResolver {
  constructor(
    private readonly leaders: ChainLeaderService,
    private readonly enterprises: EnterpriseLoader,
    private readonly taxonomy: TaxonomyService,
    private readonly openDemand: OpenDemandQueryService,
  ) {}

  @ResolveField(() => Enterprise)
  enterprise(@Parent() leader: ChainLeaderEntity, @Context() context: object): Promise<EnterpriseEntity> {
    return this.enterprises.byId(context, leader.enterpriseId);
  }

  @ResolveField(() => Chain)
  chain(@Parent() leader: ChainLeaderEntity): Chain | undefined {
    return this.taxonomy.chain(leader.chainId);
  }

  @ResolveField(() => ChainLeaderFigures, { nullable: true, description: 'From the newest snapshot; null until a snapshot has counted this leader.' })
  async figures(@Parent() leader: ChainLeaderEntity, @Context() context: object): Promise<ChainLeaderFigures | null> {
    const row = await this.figuresOf(leader, context);
    return row ? describeLeaderFigures(row) : null;
  }

  @ResolveField(() => ListingConnection, {
    description: 'Its live DEMAND listings in the chain still without a regional supplier introduced or ordered from, as they stand now, '
      + 'longest waiting first: for its own members, staff covering it, and admins.',
  })
  async unmatchedNeeds(@Parent() leader: ChainLeaderEntity, @Args() page: PageArgs, @Context() context: Ctx): Promise<Connection<ListingEntity>> {
    const user = userOfContext(context);
    const enterprise = await this.enterprises.byId(context, leader.enterpriseId);
    assertMaySeeLeaderNeeds(user, { enterpriseId: leader.enterpriseId, chainId: leader.chainId, provinceAdcode: enterprise.provinceAdcode });
    return this.openDemand.list({ enterpriseId: leader.enterpriseId, chainId: leader.chainId, lacking: 'introduction' }, page, user);
  }

  private figuresOf(leader: ChainLeaderEntity, context: object): Promise<LeaderFiguresRow | undefined> {
    return requestLoader<ChainLeaderEntity, LeaderFiguresRow | undefined>(context, 'insight.leaderFigures', (keys) => this.leaders.figuresOf(keys))
      .load(leader);
  }
}
