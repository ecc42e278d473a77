import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@chainmatch/core';
import { Unit, type UnitRecord } from '@chainmatch/units';
import { ListingKind, ListingStatus, QuantityBasis } from './listing.entity.js';

registerEnumType(ListingKind, { name: 'ListingKind', description: 'SUPPLY: offered; DEMAND: needed.' });
registerEnumType(QuantityBasis, {
  name: 'QuantityBasis',
  description: 'What a quantity is counted over: per day, month or year (capacity or need), or one order.',
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

/** Fields resolved by `ListingFieldsResolver` (segment, enterprise, places ...) are declared there. */
@ObjectType({ description: 'A SUPPLY or DEMAND posted by an enterprise, tagged by chain segment and place.' })
export class Listing {
  @Field(() => ID)
  id: string;

  @Field(() => ListingKind)
  kind: ListingKind;

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
