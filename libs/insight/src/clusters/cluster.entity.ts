import { Column, Entity } from 'typeorm';
import { SnapshotRowEntity } from '../snapshots/snapshot-row.js';
import { ClusterStage } from './cluster-stage.js';

/** A chain's presence in one city: enterprises and live listings per stage, and how it compares with the region. */
@Entity({ name: 'insight_cluster' })
export class ClusterEntity extends SnapshotRowEntity {
  @Column({ type: 'varchar', length: 40 })
  chainId: string;

  @Column({ type: 'char', length: 6 })
  cityAdcode: string;

  @Column({ type: 'char', length: 6 })
  provinceAdcode: string;

  @Column({ type: 'enum', enum: ClusterStage, enumName: 'cluster_stage' })
  stage: ClusterStage;

  @Column({ type: 'enum', enum: ClusterStage, enumName: 'cluster_stage', nullable: true })
  previousStage: ClusterStage | null;

  @Column({ type: 'int' })
  enterprises: number;

  @Column({ type: 'int' })
  upstreamEnterprises: number;

  @Column({ type: 'int' })
  midstreamEnterprises: number;

  @Column({ type: 'int' })
  downstreamEnterprises: number;

  @Column({ type: 'int' })
  liveListings: number;

  @Column({ type: 'int' })
  upstreamListings: number;

  @Column({ type: 'int' })
  midstreamListings: number;

  @Column({ type: 'int' })
  downstreamListings: number;

  @Column({ type: 'int' })
  liveListingsPeriodAgo: number;

  /** Inputs of the location quotient, kept so it can be explained: (enterprises / cityEnterprises) / (chainRegionEnterprises / regionEnterprises). */
  @Column({ type: 'int' })
  cityEnterprises: number;

  @Column({ type: 'int' })
  chainRegionEnterprises: number;

  @Column({ type: 'int' })
  regionEnterprises: number;

  @Column({ type: 'double precision', nullable: true })
  locationQuotient: number | null;
}
