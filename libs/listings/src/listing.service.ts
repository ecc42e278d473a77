import { EnterpriseEntity } from '@chainmatch/enterprises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { checkValidityWindow, ListingContentMapper } from './listing-content.js';
import { effectiveStatus, ListingAction, statusAfter } from './listing-lifecycle.js';
import { ListingEntity, ListingStatus } from './listing.entity.js';
import { listingNotFound, staleListingVersion, unknownEnterprise } from './listing.errors.js';
import type { CreateListingInput, UpdateListingInput } from './listing.inputs.js';

type ListingChange = (listing: ListingEntity, now: Date, manager: EntityManager) => Promise<Partial<ListingEntity>> | Partial<ListingEntity>;

/**
 * Listing writes and their rules: the lifecycle, optimistic concurrency, defaults. Each write is one
 * transaction on a locked row, so a refusal leaves nothing half-written.
 */
@Injectable()
export class ListingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly content: ListingContentMapper,
  ) {}

  async findById(id: string): Promise<ListingEntity | null> {
    return this.dataSource.getRepository(ListingEntity).findOneBy({ id });
  }

  async create(input: CreateListingInput): Promise<ListingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const enterprise = await manager.findOneBy(EnterpriseEntity, { id: input.enterpriseId });
      if (!enterprise) throw unknownEnterprise('input.enterpriseId');
      const columns = this.content.toColumns(input, undefined, enterprise, new Date());
      const listing = manager.create(ListingEntity, {
        ...columns, enterpriseId: enterprise.id, kind: input.kind, status: ListingStatus.DRAFT, version: 1,
      });
      return manager.save(listing);
    });
  }

  update(id: string, expectedVersion: number, input: UpdateListingInput): Promise<ListingEntity> {
    return this.change(id, expectedVersion, ListingAction.UPDATE, async (listing, now, manager) => {
      const enterprise = await manager.findOneByOrFail(EnterpriseEntity, { id: listing.enterpriseId });
      return this.content.toColumns(input, listing, enterprise, now);
    });
  }

  publish(id: string, expectedVersion: number): Promise<ListingEntity> {
    return this.change(id, expectedVersion, ListingAction.PUBLISH, (listing, now) => ({ publishedAt: listing.publishedAt ?? now }));
  }

  pause(id: string, expectedVersion: number): Promise<ListingEntity> {
    return this.change(id, expectedVersion, ListingAction.PAUSE, () => ({}));
  }

  close(id: string, expectedVersion: number): Promise<ListingEntity> {
    return this.change(id, expectedVersion, ListingAction.CLOSE, (_listing, now) => ({ closedAt: now }));
  }

  renew(id: string, expectedVersion: number, validUntil: Date): Promise<ListingEntity> {
    return this.change(id, expectedVersion, ListingAction.RENEW, (listing, now) => {
      const validFrom = listing.validUntil <= now ? now : listing.validFrom;
      checkValidityWindow(validFrom, validUntil, now, 'validUntil');
      return { validFrom, validUntil };
    });
  }

  /** Locks the row, checks version and lifecycle, applies `changeOf`, bumps the version. */
  private change(id: string, expectedVersion: number, action: ListingAction, changeOf: ListingChange): Promise<ListingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const listing = await manager.findOne(ListingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!listing) throw listingNotFound(id);
      if (listing.version !== expectedVersion) throw staleListingVersion(expectedVersion, listing.version);
      const now = new Date();
      const status = statusAfter(action, effectiveStatus(listing.status, listing.validUntil, now));
      Object.assign(listing, await changeOf(listing, now, manager), { status, version: listing.version + 1 });
      return manager.save(listing);
    });
  }
}
