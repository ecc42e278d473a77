import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { SegmentEntity } from '@chainmatch/chains';
import { PlaceColumns } from '@chainmatch/regions';

export enum EnterpriseSize {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

export enum EnterpriseReviewReason {
  /** Characters 3-8 of the USCC name another province than the declared location. */
  USCC_REGION_MISMATCH = 'USCC_REGION_MISMATCH',
}

/**
 * Its place (PlaceColumns) is the county it is registered in, and the precise point when it gave one.
 * A rename or a change of verification also reaches the search documents and the match scores of the
 * enterprise's listings: triggers declared in search.triggers.ts and match-refresh.triggers.ts.
 */
@Entity({ name: 'enterprise' })
export class EnterpriseEntity extends PlaceColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 18, unique: true })
  uscc: string;

  @Column({ type: 'varchar', length: 200 })
  nameZh: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameEn: string | null;

  @Column({ type: 'enum', enum: EnterpriseSize, enumName: 'enterprise_size' })
  size: EnterpriseSize;

  @ManyToMany(() => SegmentEntity)
  @JoinTable({ name: 'enterprise_segment', joinColumn: { name: 'enterprise_id' }, inverseJoinColumn: { name: 'segment_id' } })
  segments?: SegmentEntity[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'enum', enum: EnterpriseReviewReason, enumName: 'enterprise_review_reason', array: true, default: '{}' })
  reviewReasons: EnterpriseReviewReason[];

  /** Set by alliance staff once they have checked the enterprise; null until then. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
