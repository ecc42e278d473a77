import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum InterestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}

/** An enterprise's message on another enterprise's listing, answered by the listing's owner. */
@Entity({ name: 'interest' })
export class InterestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  listingId: string;

  /** The listing's enterprise, stored so "received" lists and answers need no join. */
  @Column({ type: 'uuid' })
  ownerEnterpriseId: string;

  @Column({ type: 'uuid' })
  senderEnterpriseId: string;

  @Column({ type: 'uuid' })
  senderUserId: string;

  @Column({ type: 'varchar', length: 2000 })
  message: string;

  /** As stored; PENDING past `expiresAt` reads as EXPIRED until the sweeper persists it. */
  @Column({ type: 'enum', enum: InterestStatus, enumName: 'interest_status' })
  status: InterestStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  answeredBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt: Date | null;

  /** Optimistic concurrency: every change increments it; answers state the version they read. */
  @Column({ type: 'int' })
  version: number;
}
