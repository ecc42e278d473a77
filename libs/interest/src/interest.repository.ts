import { Transactions } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InterestEntity, InterestStatus } from './interest.entity.js';

export interface NewInterest {
  listingId: string;
  ownerEnterpriseId: string;
  senderEnterpriseId: string;
  senderUserId: string;
  message: string;
  expiryDays: number;
}

/** Writes and single-row reads of `interest`, in the unit of work in progress (see Transactions). */
@Injectable()
export class InterestRepository {
  constructor(private readonly transactions: Transactions) {}

  findById(id: string): Promise<InterestEntity | null> {
    return this.transactions.tx.findOneBy(InterestEntity, { id });
  }

  lockById(id: string): Promise<InterestEntity | null> {
    return this.transactions.tx.findOne(InterestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Stores EXPIRED on the pair's pending interest whose time is up, so a new one can be sent at
   * once (the one-pending-per-pair index sees stored statuses only, and the sweeper runs later).
   */
  async expireStalePending(listingId: string, senderEnterpriseId: string): Promise<void> {
    await this.transactions.tx.query(
      `UPDATE interest SET status = 'EXPIRED', version = version + 1
       WHERE listing_id = $1 AND sender_enterprise_id = $2 AND status = 'PENDING' AND expires_at <= now()`,
      [listingId, senderEnterpriseId],
    );
  }

  /** Inserts a PENDING interest expiring `expiryDays` after the database's now (one clock for all processes). */
  async insert(row: NewInterest): Promise<InterestEntity> {
    const manager = this.transactions.tx;
    const [{ id }] = (await manager.query(
      `INSERT INTO interest (listing_id, owner_enterprise_id, sender_enterprise_id, sender_user_id, message, status, expires_at, version)
       VALUES ($1, $2, $3, $4, $5, 'PENDING', now() + make_interval(days => $6), 1) RETURNING id`,
      [row.listingId, row.ownerEnterpriseId, row.senderEnterpriseId, row.senderUserId, row.message, row.expiryDays],
    )) as { id: string }[];
    return manager.findOneByOrFail(InterestEntity, { id });
  }

  /** Applies a settled status (and its columns) to a locked row and bumps the version. */
  save(interest: InterestEntity): Promise<InterestEntity> {
    return this.transactions.tx.save(InterestEntity, interest);
  }

  /**
   * Stores EXPIRED on up to `limit` pending interests past their expiry and returns them. SKIP LOCKED
   * lets several processes sweep at once without waiting on each other or expiring a row twice.
   */
  async expireDue(limit: number): Promise<InterestEntity[]> {
    const rows = (await this.transactions.tx.query(
      `UPDATE interest SET status = 'EXPIRED', version = version + 1
       WHERE id IN (SELECT id FROM interest WHERE status = 'PENDING' AND expires_at <= now()
                    ORDER BY expires_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, listing_id, owner_enterprise_id, sender_enterprise_id`,
      [limit],
    )) as [{ id: string; listing_id: string; owner_enterprise_id: string; sender_enterprise_id: string }[], number];
    return rows[0].map((row) => Object.assign(new InterestEntity(), {
      id: row.id, listingId: row.listing_id, ownerEnterpriseId: row.owner_enterprise_id,
      senderEnterpriseId: row.sender_enterprise_id, status: InterestStatus.EXPIRED,
    }));
  }
}
