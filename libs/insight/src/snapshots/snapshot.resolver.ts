import { Allow, CurrentUser, Public, Role, type AuthUser } from '@chainmatch/auth';
import { PageArgs, type Connection } from '@chainmatch/core';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InsightRecomputeService } from '../compute/insight-recompute.service.js';
import { InsightSnapshotTrigger, type InsightSnapshotEntity } from './insight-snapshot.entity.js';
import { InsightSnapshot, InsightSnapshotConnection } from './insight-snapshot.types.js';
import { SnapshotQueryService } from './snapshot-query.service.js';

/** Insight snapshots: their list (public: when, with what thresholds, how far), and recomputing on demand. */
@Resolver(() => InsightSnapshot)
export class SnapshotResolver {
  constructor(
    private readonly snapshots: SnapshotQueryService,
    private readonly recompute: InsightRecomputeService,
  ) {}

  @Public()
  @Query(() => InsightSnapshotConnection, { description: 'Snapshots, newest first: the dates trends can be read at.' })
  insightSnapshots(@Args() page: PageArgs): Promise<Connection<InsightSnapshotEntity>> {
    return this.snapshots.list(page);
  }

  @Public()
  @Query(() => InsightSnapshot, { nullable: true, description: 'A snapshot by id; poll it for the progress of a recomputation.' })
  insightSnapshot(@Args('id', { type: () => ID }) id: string): Promise<InsightSnapshotEntity | null> {
    return this.snapshots.findById(id);
  }

  @Allow(Role.ALLIANCE_STAFF, Role.ADMIN)
  @Mutation(() => InsightSnapshot, {
    description: 'Recomputes every insight table now, in the background: returns the RUNNING snapshot to follow '
      + '(the one already running, if any — a second does not start).',
  })
  recomputeInsight(@CurrentUser() user: AuthUser): Promise<InsightSnapshotEntity> {
    return this.recompute.request(InsightSnapshotTrigger.ON_DEMAND, user.userId);
  }
}
