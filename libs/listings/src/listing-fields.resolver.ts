import { Chain, Segment, TaxonomyService } from '@chainmatch/chains';
import { Enterprise, EnterpriseLoader, type EnterpriseEntity } from '@chainmatch/enterprises';
import { City, County, GeoPoint, Province, RegionDirectory } from '@chainmatch/regions';
import { UnitDirectory } from '@chainmatch/units';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { actsForEnterprise, userOfContext, type RequestWithUser } from '@chainmatch/auth';
import { actionsAllowedFrom, ListingAction, statusAsRead } from './listing-lifecycle.js';
import { ListingStatus, type ListingEntity } from './listing.entity.js';
import { Listing, ListingModeration, PriceRange, Quantity } from './listing.types.js';
import { canSeeListingPrivately } from './listing-visibility.js';
import { ServiceArea } from './service-area.type.js';

@Resolver(() => Listing)
export class ListingFieldsResolver {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly regions: RegionDirectory,
    private readonly enterprises: EnterpriseLoader,
    private readonly units: UnitDirectory,
  ) {}

  @ResolveField(() => ListingStatus, { description: 'As of now: a live listing past validUntil is EXPIRED.' })
  status(@Parent() listing: ListingEntity): ListingStatus {
    return statusAsRead(listing);
  }

  @ResolveField(() => [ListingAction], {
    description: 'What the caller may do to the listing now: its status allows these, and the caller acts for its enterprise (members, admins); empty for everyone else.',
  })
  allowedActions(@Parent() listing: ListingEntity, @Context() context: { req?: RequestWithUser }): ListingAction[] {
    if (!actsForEnterprise(userOfContext(context), listing.enterpriseId)) return [];
    return actionsAllowedFrom(statusAsRead(listing));
  }

  @ResolveField(() => Segment)
  segment(@Parent() listing: ListingEntity): Segment | undefined {
    return this.taxonomy.segment(listing.segmentId);
  }

  @ResolveField(() => Chain)
  chain(@Parent() listing: ListingEntity): Chain | undefined {
    return this.taxonomy.chain(listing.chainId);
  }

  @ResolveField(() => Enterprise)
  enterprise(@Parent() listing: ListingEntity, @Context() context: object): Promise<EnterpriseEntity> {
    return this.enterprises.byId(context, listing.enterpriseId);
  }

  @ResolveField(() => Quantity, { nullable: true })
  quantity(@Parent() listing: ListingEntity): Quantity | null {
    const unit = listing.quantityUnit === null ? undefined : this.units.catalogue.unit(listing.quantityUnit);
    return listing.quantity === null || !unit || !listing.quantityBasis ? null : { amount: listing.quantity, unit, basis: listing.quantityBasis };
  }

  @ResolveField(() => PriceRange, { nullable: true })
  priceRange(@Parent() listing: ListingEntity): PriceRange | null {
    const { priceMinCny: minCny, priceMaxCny: maxCny } = listing;
    const unit = listing.priceUnit === null ? undefined : this.units.catalogue.unit(listing.priceUnit);
    return (minCny === null && maxCny === null) || !unit ? null : { minCny, maxCny, unit };
  }

  @ResolveField(() => County)
  county(@Parent() listing: ListingEntity): County | undefined {
    return this.regions.county(listing.countyAdcode);
  }

  @ResolveField(() => City)
  city(@Parent() listing: ListingEntity): City | undefined {
    return this.regions.city(listing.cityAdcode);
  }

  @ResolveField(() => Province)
  province(@Parent() listing: ListingEntity): Province | undefined {
    return this.regions.province(listing.provinceAdcode);
  }

  @ResolveField(() => GeoPoint, { nullable: true })
  location(@Parent() listing: ListingEntity): GeoPoint | null {
    return listing.lat === null || listing.lng === null ? null : { lat: listing.lat, lng: listing.lng };
  }

  @ResolveField(() => ServiceArea, { description: 'Provinces served (SUPPLY) or accepted (DEMAND), and an optional radius.' })
  serviceArea(@Parent() listing: ListingEntity): ServiceArea {
    const provinces = listing.servedProvinceAdcodes.map((adcode) => this.regions.province(adcode)).filter((p) => p !== undefined);
    return { wholeRegion: provinces.length === 0, provinces, radiusKm: listing.serviceRadiusKm };
  }

  @ResolveField(() => ListingModeration, { nullable: true, description: 'Set while staff have paused it; seen by its enterprise, staff and admins.' })
  moderation(@Parent() listing: ListingEntity, @Context() context: { req?: RequestWithUser }): ListingModeration | null {
    if (!listing.moderationReason || !listing.moderatedAt) return null;
    if (!canSeeListingPrivately(userOfContext(context), listing)) return null;
    return { reason: listing.moderationReason, at: listing.moderatedAt };
  }
}
