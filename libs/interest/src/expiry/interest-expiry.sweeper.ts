import { Transactions } from '@chainmatch/core';
import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InterestRepository } from '../interest.repository.js';

const BATCH = 500;

/**
 * Stores EXPIRED on pending interest whose time is up. Readers already see it as EXPIRED
 * (effectiveInterestStatus); storing it bumps the version and tells the sender (interestAnswered)
 * that no answer came. Safe with several processes: each batch claims its rows with SKIP LOCKED.
 * Run every INTEREST_SWEEP_MS by the background loop registry (apps/api/src/background).
 */
@Injectable()
export class InterestExpirySweeper {
  private readonly logger = new Logger(InterestExpirySweeper.name);

  constructor(
    private readonly transactions: Transactions,
    private readonly repository: InterestRepository,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
  ) {}

  /** Returns how many interests it expired. */
  async sweep(): Promise<number> {
    let total = 0;
    let expired: number;
    do {
      expired = await this.sweepBatch();
      total += expired;
    } while (expired === BATCH);
    if (total > 0) this.logger.log(`${total} interest(s) expired unanswered`);
    return total;
  }

  /** One transaction per batch: the rows and their events commit together. */
  private sweepBatch(): Promise<number> {
    return this.transactions.run(async () => {
      const expired = await this.repository.expireDue(BATCH);
      for (const { id: interestId, listingId, status, ownerEnterpriseId, senderEnterpriseId } of expired) {
        await this.bus.publish('interest.answered', { interestId, listingId, status, ownerEnterpriseId, senderEnterpriseId });
      }
      return expired.length;
    });
  }
}
