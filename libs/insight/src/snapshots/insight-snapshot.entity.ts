import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SnapshotSettings } from '../insight-thresholds.js';

export enum InsightSnapshotStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export enum InsightSnapshotTrigger {
  SCHEDULE = 'SCHEDULE',
  ON_DEMAND = 'ON_DEMAND',
}

/** One recomputation of every insight table, with the thresholds it used and its progress. */
@Entity({ name: 'insight_snapshot' })
export class InsightSnapshotEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'enum', enum: InsightSnapshotStatus, enumName: 'insight_snapshot_status' })
  status: InsightSnapshotStatus;

  @Column({ type: 'enum', enum: InsightSnapshotTrigger, enumName: 'insight_snapshot_trigger' })
  trigger: InsightSnapshotTrigger;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  startedAt: Date;

  /** The moment the figures describe: the database clock when the computation read the data. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  takenAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'int' })
  stepsDone: number;

  @Column({ type: 'int' })
  stepsTotal: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  currentStep: string | null;

  @Column({ type: 'jsonb' })
  thresholds: SnapshotSettings;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;
}
