import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum SegmentStage {
  UPSTREAM = 'UPSTREAM',
  MIDSTREAM = 'MIDSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
}

@Entity({ name: 'chain' })
export class ChainEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  @Column()
  nameZh: string;

  @Column()
  nameEn: string;

  @Column({ type: 'int' })
  position: number;
}

export interface IndustryClassRecord {
  code: string;
  nameZh: string;
}

@Entity({ name: 'segment' })
export class SegmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  chainId: string;

  @Column()
  nameZh: string;

  @Column()
  nameEn: string;

  @Column({ type: 'enum', enum: SegmentStage, enumName: 'segment_stage' })
  stage: SegmentStage;

  @Column({ type: 'jsonb', default: [] })
  industryClasses: IndustryClassRecord[];

  @Column({ type: 'int' })
  position: number;
}

/** Edge of the chains' graph (within a chain or across two): segment `fromSegmentId` supplies segment `toSegmentId`. */
@Entity({ name: 'segment_feed' })
export class SegmentFeedEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  fromSegmentId: string;

  @PrimaryColumn({ type: 'varchar', length: 80 })
  toSegmentId: string;
}

/** Segments of two chains that trade the same things; stored once per pair, smaller id first. */
@Entity({ name: 'segment_equivalence' })
export class SegmentEquivalenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  segmentId: string;

  @PrimaryColumn({ type: 'varchar', length: 80 })
  equivalentSegmentId: string;
}
