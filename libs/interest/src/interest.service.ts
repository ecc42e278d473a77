import { isMemberOf, type AuthUser } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import { databaseNow, Transactions } from '@chainmatch/core';
import { isPostgresError, PG_UNIQUE_VIOLATION } from '@chainmatch/database';
import { ContactGrantService } from '@chainmatch/enterprises';
import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { isLive, ListingEntity, listingNotFound } from '@chainmatch/listings';
import { Inject, Injectable } from '@nestjs/common';
import { effectiveInterestStatus, InterestAction, interestStatusAfter } from './interest-lifecycle.js';
import { InterestEntity } from './interest.entity.js';
import {
  alreadyPending, interestNotFound, listingNotActive, noEnterprise, notTheOwner, notTheSender, ownListing, staleInterestVersion,
} from './interest.errors.js';
import { InterestRepository, type NewInterest } from './interest.repository.js';

type Settle = (interest: InterestEntity) => Promise<Partial<InterestEntity>> | Partial<InterestEntity>;

/**
 * Interest and its answers. Each write is one transaction on a locked row; its event is published
 * in that transaction, so subscribers hear of it only if, and once, it commits.
 */
@Injectable()
export class InterestService {
  constructor(
    private readonly transactions: Transactions,
    private readonly repository: InterestRepository,
    private readonly grants: ContactGrantService,
    private readonly config: AppConfig,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
  ) {}

  /** A member's enterprise expresses interest in another enterprise's ACTIVE listing. */
  express(listingId: string, message: string, actor: AuthUser): Promise<InterestEntity> {
    const senderEnterpriseId = actor.enterpriseId;
    if (!senderEnterpriseId) throw noEnterprise();
    return this.transactions.run(async () => {
      const listing = await this.transactions.tx.findOneBy(ListingEntity, { id: listingId });
      if (!listing) throw listingNotFound(listingId);
      if (listing.enterpriseId === senderEnterpriseId) throw ownListing();
      if (!isLive(listing)) throw listingNotActive();
      await this.repository.expireStalePending(listingId, senderEnterpriseId);
      const interest = await this.insertOnce({
        listingId, ownerEnterpriseId: listing.enterpriseId, senderEnterpriseId, senderUserId: actor.userId,
        message: message.trim(), expiryDays: this.config.get('INTEREST_EXPIRY_DAYS'),
      });
      await this.bus.publish('interest.received', {
        interestId: interest.id, listingId, ownerEnterpriseId: interest.ownerEnterpriseId, senderEnterpriseId,
      });
      return interest;
    });
  }

  /** The owner accepts: both enterprises see each other's contacts from now on. */
  accept(id: string, expectedVersion: number, actor: AuthUser): Promise<InterestEntity> {
    return this.settle(id, expectedVersion, InterestAction.ACCEPT, actor, async (interest) => {
      await this.grants.grantMutual(interest.ownerEnterpriseId, interest.senderEnterpriseId, 'INTEREST', interest.id);
      return {};
    });
  }

  decline(id: string, expectedVersion: number, reason: string | null | undefined, actor: AuthUser): Promise<InterestEntity> {
    return this.settle(id, expectedVersion, InterestAction.DECLINE, actor, () => ({ declineReason: reason?.trim() || null }));
  }

  /** The sender takes it back before it is answered (and may then send a new one). */
  withdraw(id: string, expectedVersion: number, actor: AuthUser): Promise<InterestEntity> {
    return this.settle(id, expectedVersion, InterestAction.WITHDRAW, actor, () => ({}));
  }

  private async insertOnce(row: NewInterest): Promise<InterestEntity> {
    try {
      return await this.repository.insert(row);
    } catch (error) {
      if (isPostgresError(error, PG_UNIQUE_VIOLATION)) throw alreadyPending();
      throw error;
    }
  }

  /** Locks the row, checks who may act, the version and that it is still PENDING, applies `changes`. */
  private settle(id: string, expectedVersion: number, action: InterestAction, actor: AuthUser, changes: Settle): Promise<InterestEntity> {
    return this.transactions.run(async () => {
      const interest = await this.repository.lockById(id);
      if (!interest) throw interestNotFound(id);
      authorize(action, interest, actor);
      if (interest.version !== expectedVersion) throw staleInterestVersion(expectedVersion, interest.version);
      // The database's clock, as `created_at`, expiry and the sweeper use: one clock for response times.
      const now = await databaseNow(this.transactions.tx);
      const status = interestStatusAfter(action, effectiveInterestStatus(interest.status, interest.expiresAt, now));
      const settled = action === InterestAction.WITHDRAW ? { withdrawnAt: now } : { answeredAt: now, answeredBy: actor.userId };
      Object.assign(interest, await changes(interest), settled, { status, version: interest.version + 1 });
      const saved = await this.repository.save(interest);
      if (action !== InterestAction.WITHDRAW) await this.publishAnswer(saved);
      return saved;
    });
  }

  private publishAnswer(interest: InterestEntity): Promise<void> {
    const { id: interestId, listingId, status, ownerEnterpriseId, senderEnterpriseId } = interest;
    return this.bus.publish('interest.answered', { interestId, listingId, status, ownerEnterpriseId, senderEnterpriseId });
  }
}

/** The owner's members answer; the sender's members withdraw. */
function authorize(action: InterestAction, interest: InterestEntity, actor: AuthUser): void {
  if (action === InterestAction.WITHDRAW) {
    if (!isMemberOf(actor, interest.senderEnterpriseId)) throw notTheSender();
  } else if (!isMemberOf(actor, interest.ownerEnterpriseId)) {
    throw notTheOwner();
  }
}

