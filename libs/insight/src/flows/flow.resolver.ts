import { Public } from '@chainmatch/auth';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { invertedMonthRange } from '../insight.errors.js';
import { SnapshotQueryService } from '../snapshots/snapshot-query.service.js';
import type { FlowsView } from './flow-fields.resolver.js';
import { IntegrationFlowsArgs } from './flow.inputs.js';
import { IntegrationFlows } from './flow.types.js';

/** Integration flows between provinces and cities (public aggregates), from the snapshots. */
@Resolver(() => IntegrationFlows)
export class FlowResolver {
  constructor(
    private readonly snapshots: SnapshotQueryService,
  ) {}

  @Public()
  @Query(() => IntegrationFlows, { nullable: true, description: 'Matches introduced and concluded between provinces (4 × 4) and cities, by chain and month; null before the first snapshot.' })
  async integrationFlows(@Args() args: IntegrationFlowsArgs): Promise<FlowsView | null> {
    const filter = args.filter ?? {};
    if (filter.fromMonth && filter.toMonth && filter.fromMonth > filter.toMonth) {
      throw invertedMonthRange('filter.toMonth');
    }
    const snapshot = await this.snapshots.served(args.snapshotId);
    return snapshot ? { snapshot, filter } : null;
  }
}
