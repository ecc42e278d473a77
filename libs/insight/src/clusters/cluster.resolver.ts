import { CurrentUser, Public, type AuthUser } from '@chainmatch/auth';
import type { Connection } from '@chainmatch/core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { ClusterQueryService } from './cluster-query.service.js';
import type { ClusterEntity } from './cluster.entity.js';
import { IndustrialClustersArgs } from './cluster.inputs.js';
import { IndustrialCluster, IndustrialClusterConnection } from './cluster.types.js';

/** Industrial clusters per chain × city, served from the snapshots (public). */
@Resolver(() => IndustrialCluster)
export class ClusterResolver {
  constructor(private readonly clusters: ClusterQueryService) {}

  @Public()
  @Query(() => IndustrialClusterConnection, { description: 'Clusters per chain × city (cities carry coordinates), largest first; staff see their alliance\'s chains first.' })
  industrialClusters(@Args() args: IndustrialClustersArgs, @CurrentUser() user?: AuthUser): Promise<Connection<ClusterEntity>> {
    return this.clusters.list(args, user);
  }
}
