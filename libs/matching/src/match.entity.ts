import { numericTransformer } from '@chainmatch/core';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FactorRow } from './suggestions/factor.js';

export enum MatchStatus {
  SUGGESTED = 'SUGGESTED',
  SHORTLISTED = 'SHORTLISTED',
  INTRODUCED = 'INTRODUCED',
  MEETING_HELD = 'MEETING_HELD',
  SAMPLE_SENT = 'SAMPLE_SENT',
  ORDER_PLACED = 'ORDER_PLACED',
  NO_DEAL = 'NO_DEAL',
  DISMISSED = 'DISMISSED',
  /** Withdrawn by the system: one side closed, or it no longer ranks among the suggestions. */
  RETIRED = 'RETIRED',
}

/** One DEMAND listing × one SUPPLY listing, with its score, explanation and curation state. */
@Entity({ name: 'match' })
export class MatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  demandListingId: string;

  @Column({ type: 'uuid' })
  supplyListingId: string;

  @Column({ type: 'uuid' })
  demandEnterpriseId: string;

  @Column({ type: 'uuid' })
  supplyEnterpriseId: string;

  /** Chain and segment of the demand: what the match is about. */
  @Column({ type: 'varchar', length: 40 })
  chainId: string;

  @Column({ type: 'varchar', length: 80 })
  segmentId: string;

  @Column({ type: 'char', length: 6 })
  demandProvinceAdcode: string;

  @Column({ type: 'char', length: 6 })
  supplyProvinceAdcode: string;

  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: numericTransformer })
  score: number;

  @Column({ type: 'double precision', nullable: true })
  distanceKm: number | null;

  @Column({ type: 'jsonb' })
  explanation: FactorRow[];

  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status', default: MatchStatus.SUGGESTED })
  status: MatchStatus;

  @Column({ type: 'varchar', length: 40, nullable: true })
  dismissReason: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  noDealReason: string | null;

  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true, transformer: numericTransformer })
  orderAmountCny: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', precision: 3 })
  computedAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** One step of a match's life: who moved it from where to where, when, with what note. */
@Entity({ name: 'match_event' })
export class MatchEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  matchId: string;

  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status', nullable: true })
  fromStatus: MatchStatus | null;

  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status' })
  toStatus: MatchStatus;

  /** Null when the system acted (suggested, retired). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at: Date;
}
