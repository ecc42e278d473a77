import { Field, Float, ID, Int, InterfaceType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@chainmatch/core';
import { Unit, type UnitRecord } from '@chainmatch/units';
import { ListingAction } from './listing-lifecycle.js';
import { ListingKind, ListingStatus, QuantityBasis } from './listing.entity.js';

registerEnumType(ListingKind, { name: 'ListingKind', description: 'SUPPLY: offered; DEMAND: needed.' });
registerEnumType(QuantityBasis, {
  name: 'QuantityBasis',
  description: 'What a quantity is counted over: per day, month or year (capacity or need), or one order.',
});
registerEnumType(ListingAction, {
  name: 'ListingAction',
  description: 'A change of a listing: UPDATE (updateListing), PUBLISH, PAUSE, CLOSE, RENEW (the mutations of those names).',
});
registerEnumType(ListingStatus, {
  name: 'ListingStatus',
  description: 'DRAFT → ACTIVE ⇄ PAUSED → CLOSED; EXPIRED once the validity window ends (renew to reactivate).',
});

@ObjectType()
export class SpecAttribute {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType({ description: 'SUPPLY: what can be delivered; DEMAND: what is needed; `amount` `unit` per `basis`.' })
export class Quantity {
  @Field(() => Float)
  amount: number;

  @Field(() => Unit)
  unit: UnitRecord;

  @Field(() => QuantityBasis)
  basis: QuantityBasis;
}

@ObjectType({ description: 'Price range in CNY per `unit`; either bound may be open.' })
export class PriceRange {
  @Field(() => Float, { nullable: true })
  minCny: number | null;

  @Field(() => Float, { nullable: true })
  maxCny: number | null;

  @Field(() => Unit, { description: 'What one price is for: ¥ per this unit.' })
  unit: UnitRecord;
}

/**
 * What every path that returns a listing inside something else (a match, interest, a suggestion)
 * gives: the whole `Listing` to those who may see it, a `HiddenListing` to the others.
 */
@InterfaceType({
  description: 'A listing as the caller may see it: the whole `Listing`, or a `HiddenListing` (id, kind and status only) '
    + 'when it is not live and not the caller\'s to see. Select content with `... on Listing { … }`.',
  resolveType: (view: object) => (view instanceof HiddenListing ? HiddenListing : Listing),
})
export abstract class ListingView {
  @Field(() => ID)
  id: string;

  @Field(() => ListingKind)
  kind: ListingKind;

  @Field(() => ListingStatus, { description: 'As of now: a live listing past validUntil is EXPIRED.' })
  status: ListingStatus;
}

@ObjectType({
  implements: () => [ListingView],
  description: 'A listing that is not live (a draft, paused, closed or expired) seen by someone who may not read its content.',
})
export class HiddenListing extends ListingView {}

/** Fields resolved by `ListingFieldsResolver` (status, segment, enterprise, places ...) are declared there. */
@ObjectType({ implements: () => [ListingView], description: 'A SUPPLY or DEMAND posted by an enterprise, tagged by chain segment and place.' })
export class Listing extends ListingView {

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => [String])
  keywords: string[];

  @Field(() => [SpecAttribute])
  attributes: SpecAttribute[];

  @Field(() => Int, { nullable: true })
  leadTimeDays: number | null;

  @Field(() => [String], { description: 'SUPPLY: held; DEMAND: wanted of the supplier (one lacking them ranks lower).' })
  certifications: string[];

  @Field(() => [String], { description: 'DEMAND: certifications a supplier must hold to be suggested at all; empty for SUPPLY.' })
  mandatoryCertifications: string[];

  @Field()
  validFrom: Date;

  @Field()
  validUntil: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when changing the listing.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export const ListingConnection = ConnectionType(Listing, 'Listing');

@ObjectType({ description: 'Why alliance staff paused the listing.' })
export class ListingModeration {
  @Field()
  reason: string;

  @Field()
  at: Date;
}
