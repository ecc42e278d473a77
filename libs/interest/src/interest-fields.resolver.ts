import { alignToKeys, requestLoader } from '@chainmatch/core';
import { Enterprise, EnterpriseService, type EnterpriseEntity } from '@chainmatch/enterprises';
import { Listing, ListingQueryService, type ListingEntity } from '@chainmatch/listings';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { effectiveInterestStatus } from './interest-lifecycle.js';
import { InterestStatus, type InterestEntity } from './interest.entity.js';
import { Interest } from './interest.types.js';

/** Fields of `Interest` derived from the row: status as of now, the listing and both enterprises (batched). */
@Resolver(() => Interest)
export class InterestFieldsResolver {
  constructor(
    private readonly listings: ListingQueryService,
    private readonly enterprises: EnterpriseService,
  ) {}

  @ResolveField(() => InterestStatus, { description: 'As of now: PENDING past expiresAt is EXPIRED.' })
  status(@Parent() interest: InterestEntity): InterestStatus {
    return effectiveInterestStatus(interest.status, interest.expiresAt, new Date());
  }

  /** Shown to both parties whatever its status now: it is what they corresponded about. */
  @ResolveField(() => Listing)
  listing(@Parent() interest: InterestEntity, @Context() context: object): Promise<ListingEntity> {
    return requestLoader<string, ListingEntity>(context, 'interest.listingById', async (ids) =>
      alignToKeys(ids, await this.listings.findByIds(ids), (l) => l.id).map((l) => l ?? new Error('listing missing')),
    ).load(interest.listingId);
  }

  @ResolveField(() => Enterprise, { description: 'The enterprise whose listing it is, which answers.' })
  ownerEnterprise(@Parent() interest: InterestEntity, @Context() context: object): Promise<EnterpriseEntity> {
    return this.enterprise(interest.ownerEnterpriseId, context);
  }

  @ResolveField(() => Enterprise, { description: 'The enterprise that expressed the interest.' })
  senderEnterprise(@Parent() interest: InterestEntity, @Context() context: object): Promise<EnterpriseEntity> {
    return this.enterprise(interest.senderEnterpriseId, context);
  }

  private enterprise(id: string, context: object): Promise<EnterpriseEntity> {
    return requestLoader<string, EnterpriseEntity>(context, 'interest.enterpriseById', async (ids) =>
      alignToKeys(ids, await this.enterprises.findByIds(ids), (e) => e.id).map((e) => e ?? new Error('enterprise missing')),
    ).load(id);
  }
}
