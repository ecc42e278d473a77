import type { Role } from '@chainmatch/auth';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One root mutation as attempted. Never its arguments: they may hold passwords and personal data. */
@Entity({ name: 'audit_log' })
export class AuditLogEntity {
  /** bigint, read as a string (JavaScript numbers lose precision past 2^53). */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'text', nullable: true })
  actorRole: Role | null;

  /** The mutation field name, e.g. `updateListing`. */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', nullable: true })
  targetType: string | null;

  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  /** OK, or the `extensions.code` the caller received. */
  @Column({ type: 'text' })
  outcome: string;

  /** The refusal's `extensions.reason`, when it had one. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;
}
