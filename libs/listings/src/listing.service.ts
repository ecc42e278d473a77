import { assertActsForEnterprise, assertCovers, type AuthUser } from '@chainmatch/auth';
import { databaseNow, Transactions } from '@chainmatch/core';
import { EnterpriseEntity, unknownEnterprise } from '@chainmatch/enterprises';
import { Injectable } from '@nestjs/common';
import { checkValidityWindow, ListingContentMapper } from './listing-content.js';
import { ListingAction, statusAfter, statusAsRead } from './listing-lifecycle.js';
import { ListingEntity, ListingStatus } from './listing.entity.js';
import { listingNotFound, staleListingVersion } from './listing.errors.js';
import { canSeeListing, listingCoverageTarget } from './listing-visibility.js';
import type { CreateListingInput, UpdateListingInput } from './listing.inputs.js';

type Authorize = (listing: ListingEntity) => void;
type ListingChange = (listing: ListingEntity, now: Date) => Promise<Partial<ListingEntity>> | Partial<ListingEntity>;

/**
 * Listing writes and their rules: the lifecycle, optimistic concurrency, defaults. Each write is one
 * transaction on a locked row, so a refusal leaves nothing half-written.
 */
@Injectable()
export class ListingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly content: ListingContentMapper,
  ) {}

  /** The listing if the caller may see it (canSeeListing), or null. */
  async findVisible(id: string, user: AuthUser | undefined): Promise<ListingEntity | null> {
    const listing = await this.transactions.tx.findOneBy(ListingEntity, { id });
    return listing && canSeeListing(user, listing) ? listing : null;
  }

  async create(input: CreateListingInput, actor: AuthUser): Promise<ListingEntity> {
    assertActsForEnterprise(actor, input.enterpriseId);
    return this.transactions.run(async () => {
      const manager = this.transactions.tx;
      const enterprise = await manager.findOneBy(EnterpriseEntity, { id: input.enterpriseId });
      if (!enterprise) throw unknownEnterprise('input.enterpriseId');
      const columns = this.content.toColumns(input, input.kind, undefined, enterprise, await databaseNow(manager));
      const { id } = await manager.save(manager.create(ListingEntity, {
        ...columns, enterpriseId: enterprise.id, kind: input.kind, status: ListingStatus.DRAFT, version: 1,
      }));
      return manager.findOneByOrFail(ListingEntity, { id });
    });
  }

  update(id: string, expectedVersion: number, input: UpdateListingInput, actor: AuthUser): Promise<ListingEntity> {
    return this.change(id, expectedVersion, ListingAction.UPDATE, byOwner(actor), async (listing, now) => {
      const enterprise = await this.transactions.tx.findOneByOrFail(EnterpriseEntity, { id: listing.enterpriseId });
      return this.content.toColumns(input, listing.kind, listing, enterprise, now);
    });
  }

  /** Publishing again after moderation clears it: the owner has answered the reason they were shown. */
  publish(id: string, expectedVersion: number, actor: AuthUser): Promise<ListingEntity> {
    return this.change(id, expectedVersion, ListingAction.PUBLISH, byOwner(actor), (listing, now) => ({
      publishedAt: listing.publishedAt ?? now, moderationReason: null, moderatedBy: null, moderatedAt: null,
    }));
  }

  pause(id: string, expectedVersion: number, actor: AuthUser): Promise<ListingEntity> {
    return this.change(id, expectedVersion, ListingAction.PAUSE, byOwner(actor), () => ({}));
  }

  /** Staff inside their coverage (or admins) pause a listing with a reason its owner sees. */
  moderate(id: string, expectedVersion: number, reason: string, actor: AuthUser): Promise<ListingEntity> {
    const authorize: Authorize = (listing) => assertCovers(actor, listingCoverageTarget(listing));
    return this.change(id, expectedVersion, ListingAction.PAUSE, authorize, (_listing, now) => ({
      moderationReason: reason.trim(), moderatedBy: actor.userId, moderatedAt: now,
    }));
  }

  close(id: string, expectedVersion: number, actor: AuthUser): Promise<ListingEntity> {
    return this.change(id, expectedVersion, ListingAction.CLOSE, byOwner(actor), (_listing, now) => ({ closedAt: now }));
  }

  renew(id: string, expectedVersion: number, validUntil: Date, actor: AuthUser): Promise<ListingEntity> {
    return this.change(id, expectedVersion, ListingAction.RENEW, byOwner(actor), (listing, now) => {
      const validFrom = listing.validUntil <= now ? now : listing.validFrom;
      checkValidityWindow(validFrom, validUntil, now, 'validUntil');
      return { validFrom, validUntil };
    });
  }

  /**
   * Locks the row, checks who may act, the version and the lifecycle, applies `changeOf` (with the
   * database's clock of this transaction), bumps the version.
   */
  private change(id: string, expectedVersion: number, action: ListingAction, authorize: Authorize, changeOf: ListingChange): Promise<ListingEntity> {
    return this.transactions.run(async () => {
      const manager = this.transactions.tx;
      const listing = await manager.findOne(ListingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!listing) throw listingNotFound(id);
      authorize(listing);
      if (listing.version !== expectedVersion) throw staleListingVersion(expectedVersion, listing.version);
      const status = statusAfter(action, statusAsRead(listing));
      Object.assign(listing, await changeOf(listing, listing.readAt), { status, version: listing.version + 1 });
      return manager.save(listing);
    });
  }
}

/** Owner actions: members of the listing's enterprise, or admins. */
const byOwner = (actor: AuthUser): Authorize => (listing) => assertActsForEnterprise(actor, listing.enterpriseId);
