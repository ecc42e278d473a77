import { canSeePrivate, userOfContext, type RequestWithUser } from '@chainmatch/auth';
import { Segment, TaxonomyService } from '@chainmatch/chains';
import { requestLoader } from '@chainmatch/core';
import { City, County, GeoPoint, Province, RegionDirectory } from '@chainmatch/regions';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { enterpriseCoverageTarget } from './enterprise-coverage.js';
import { EnterpriseReviewReason, type EnterpriseEntity } from './enterprise.entity.js';
import { ContactGrantService } from './contact-grants/contact-grant.service.js';
import { EnterpriseService } from './enterprise.service.js';
import { Enterprise, EnterpriseContact } from './enterprise.types.js';
import { canSeeReviewFlags } from './review-flags.js';

/** Fields of `Enterprise` derived from the row: region objects, location, segments, contact, review flag. */
@Resolver(() => Enterprise)
export class EnterpriseFieldsResolver {
  constructor(
    private readonly service: EnterpriseService,
    private readonly regions: RegionDirectory,
    private readonly taxonomy: TaxonomyService,
    private readonly grants: ContactGrantService,
  ) {}

  @ResolveField(() => County)
  county(@Parent() enterprise: EnterpriseEntity): County | undefined {
    return this.regions.county(enterprise.countyAdcode);
  }

  @ResolveField(() => City)
  city(@Parent() enterprise: EnterpriseEntity): City | undefined {
    return this.regions.city(enterprise.cityAdcode);
  }

  @ResolveField(() => Province)
  province(@Parent() enterprise: EnterpriseEntity): Province | undefined {
    return this.regions.province(enterprise.provinceAdcode);
  }

  @ResolveField(() => GeoPoint, { nullable: true, description: 'The precise point when given, otherwise the county seat.' })
  location(@Parent() enterprise: EnterpriseEntity): GeoPoint | null {
    if (enterprise.lat !== null && enterprise.lng !== null) return { lat: enterprise.lat, lng: enterprise.lng };
    return this.regions.locationOfCounty(enterprise.countyAdcode);
  }

  @ResolveField(() => Boolean, { description: 'Whether `location` is the point the enterprise gave rather than its county seat.' })
  hasPreciseLocation(@Parent() enterprise: EnterpriseEntity): boolean {
    return enterprise.lat !== null && enterprise.lng !== null;
  }

  @ResolveField(() => [Segment], { description: 'Segments the enterprise works in, ordered by segment id.' })
  async segments(@Parent() enterprise: EnterpriseEntity, @Context() context: object): Promise<Segment[]> {
    const segmentIds = await this.segmentIdsOf(enterprise, context);
    return segmentIds.map((id) => this.taxonomy.segment(id)).filter((segment): segment is Segment => segment !== undefined);
  }

  /** Whether an introduction or accepted interest revealed `ownerId`'s contacts to `viewerId` (batched). */
  private grantedTo(viewerId: string, ownerId: string, context: object): Promise<boolean> {
    return requestLoader<string, boolean>(context, 'enterprise.contactGranted', async (ownerIds) => {
      const granted = await this.grants.grantedOwners(viewerId, ownerIds);
      return ownerIds.map((id) => granted.has(id));
    }).load(ownerId);
  }

  private segmentIdsOf(enterprise: EnterpriseEntity, context: object): Promise<string[]> {
    return requestLoader<string, string[]>(context, 'enterprise.segmentIds', (ids) => this.service.segmentIdsOf(ids)).load(enterprise.id);
  }

  @ResolveField(() => EnterpriseContact, {
    nullable: true,
    description: 'Private: shown to the enterprise\'s members, staff covering it, admins, and enterprises it was introduced to or accepted interest from; null for everyone else.',
  })
  async contact(@Parent() enterprise: EnterpriseEntity, @Context() context: { req?: RequestWithUser }): Promise<EnterpriseContact | null> {
    const user = userOfContext(context);
    if (!user) return null;
    const target = enterpriseCoverageTarget(enterprise, await this.segmentIdsOf(enterprise, context), this.taxonomy);
    const granted = user.enterpriseId !== null && (await this.grantedTo(user.enterpriseId, enterprise.id, context));
    if (!granted && !canSeePrivate(user, enterprise.id, target)) return null;
    const { contactName: name, contactPhone: phone, contactEmail: email } = enterprise;
    return name === null && phone === null && email === null ? null : { name, phone, email };
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether staff should review the enterprise (see `reviewReasons`); for staff, admins and the enterprise\'s members, null for others.',
  })
  needsReview(@Parent() enterprise: EnterpriseEntity, @Context() context: { req?: RequestWithUser }): boolean | null {
    return canSeeReviewFlags(userOfContext(context), enterprise.id) ? enterprise.reviewReasons.length > 0 : null;
  }

  @ResolveField(() => [EnterpriseReviewReason], {
    nullable: true,
    description: 'Empty unless staff should review the enterprise; for staff, admins and the enterprise\'s members, null for others.',
  })
  reviewReasons(@Parent() enterprise: EnterpriseEntity, @Context() context: { req?: RequestWithUser }): EnterpriseReviewReason[] | null {
    return canSeeReviewFlags(userOfContext(context), enterprise.id) ? enterprise.reviewReasons : null;
  }

  @ResolveField(() => Boolean, { description: 'Checked by alliance staff (see `verifiedAt`).' })
  verified(@Parent() enterprise: EnterpriseEntity): boolean {
    return enterprise.verifiedAt !== null;
  }
}
