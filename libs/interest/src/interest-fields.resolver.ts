import { Enterprise, EnterpriseLoader, type EnterpriseEntity } from '@chainmatch/enterprises';
import { ListingLoader, ListingView, type HiddenListing, type ListingEntity } from '@chainmatch/listings';
import type { RequestWithUser } from '@chainmatch/auth';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { effectiveInterestStatus } from './interest-lifecycle.js';
import { InterestStatus, type InterestEntity } from './interest.entity.js';
import { Interest } from './interest.types.js';

/** Fields of `Interest` derived from the row: status as of now, the listing and both enterprises (batched). */
@Resolver(() => Interest)
export class InterestFieldsResolver {
  constructor(
    private readonly listings: ListingLoader,
    private readonly enterprises: EnterpriseLoader,
  ) {}

  @ResolveField(() => InterestStatus, { description: 'As of now: PENDING past expiresAt is EXPIRED.' })
  status(@Parent() interest: InterestEntity): InterestStatus {
    return effectiveInterestStatus(interest.status, interest.expiresAt, new Date());
  }

  /** The listing it is about, as the caller may see it now: the sender no longer reads a listing its owner paused. */
  @ResolveField(() => ListingView)
  listing(@Parent() interest: InterestEntity, @Context() context: { req?: RequestWithUser }): Promise<ListingEntity | HiddenListing> {
    return this.listings.view(context, interest.listingId);
  }

  @ResolveField(() => Enterprise, { description: 'The enterprise whose listing it is, which answers.' })
  ownerEnterprise(@Parent() interest: InterestEntity, @Context() context: object): Promise<EnterpriseEntity> {
    return this.enterprises.byId(context, interest.ownerEnterpriseId);
  }

  @ResolveField(() => Enterprise, { description: 'The enterprise that expressed the interest.' })
  senderEnterprise(@Parent() interest: InterestEntity, @Context() context: object): Promise<EnterpriseEntity> {
    return this.enterprises.byId(context, interest.senderEnterpriseId);
  }
}
