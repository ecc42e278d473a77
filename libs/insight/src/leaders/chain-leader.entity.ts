import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An enterprise staff marked as the leader (链主) of a chain: it pulls its partners along. */
@Entity({ name: 'chain_leader' })
export class ChainLeaderEntity {
  @PrimaryColumn({ type: 'uuid' })
  enterpriseId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  chainId: string;

  @Column({ type: 'uuid', nullable: true })
  markedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  markedAt: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
