import { Column, Entity } from 'typeorm';
import { SnapshotRowEntity } from '../snapshots/snapshot-row.js';
import { RiskClass } from './risk-class.js';

/** A feeding segment whose state the row inherits: broken or fragile upstream, directly or further up. */
export interface RiskExposureRecord {
  segmentId: string;
  riskClass: RiskClass;
  /** Segments between it and this one, nearest first; empty for a direct feeder. */
  via: string[];
}

/** Broken-chain risk of one segment in one area (a province, or the whole region when provinceAdcode is null). */
@Entity({ name: 'insight_segment_risk' })
export class SegmentRiskEntity extends SnapshotRowEntity {
  @Column({ type: 'varchar', length: 80 })
  segmentId: string;

  @Column({ type: 'varchar', length: 40 })
  chainId: string;

  @Column({ type: 'char', length: 6, nullable: true })
  provinceAdcode: string | null;

  @Column({ type: 'enum', enum: RiskClass, enumName: 'risk_class' })
  riskClass: RiskClass;

  @Column({ type: 'enum', enum: RiskClass, enumName: 'risk_class' })
  baseClass: RiskClass;

  @Column({ type: 'enum', enum: RiskClass, enumName: 'risk_class' })
  classAfterLapse: RiskClass;

  @Column({ type: 'enum', enum: RiskClass, enumName: 'risk_class', nullable: true })
  previousClass: RiskClass | null;

  @Column({ type: 'smallint' })
  severity: number;

  @Column({ type: 'int' })
  demandListings: number;

  @Column({ type: 'int' })
  buyers: number;

  @Column({ type: 'int' })
  supplyListings: number;

  @Column({ type: 'int' })
  suppliers: number;

  @Column({ type: 'double precision', nullable: true })
  hhi: number | null;

  @Column({ type: 'char', length: 6, nullable: true })
  topCityAdcode: string | null;

  @Column({ type: 'double precision', nullable: true })
  topCityShare: number | null;

  @Column({ type: 'int' })
  lapsingSupplyListings: number;

  @Column({ type: 'int' })
  supplyListingsAfterLapse: number;

  @Column({ type: 'int' })
  suppliersAfterLapse: number;

  @Column({ type: 'double precision', nullable: true })
  hhiAfterLapse: number | null;

  @Column({ type: 'double precision', nullable: true })
  topCityShareAfterLapse: number | null;

  @Column({ type: 'int' })
  newDemand: number;

  @Column({ type: 'int' })
  previousDemand: number;

  @Column({ type: 'double precision', nullable: true })
  localSupplyRate: number | null;

  @Column({ type: 'double precision', nullable: true })
  medianDaysToSuggestion: number | null;

  @Column({ type: 'jsonb' })
  exposure: RiskExposureRecord[];
}
