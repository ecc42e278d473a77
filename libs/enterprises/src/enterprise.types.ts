import { ConnectionType } from '@chainmatch/core';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EnterpriseReviewReason, EnterpriseSize } from './enterprise.entity.js';

registerEnumType(EnterpriseSize, { name: 'EnterpriseSize', description: 'Size class of an enterprise.' });
registerEnumType(EnterpriseReviewReason, {
  name: 'EnterpriseReviewReason',
  description: 'Why an enterprise waits for staff review.',
  valuesMap: {
    USCC_REGION_MISMATCH: { description: 'Characters 3-8 of the USCC name another province than the declared location.' },
  },
});

@ObjectType({ description: 'How to reach the enterprise; each part is optional.' })
export class EnterpriseContact {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}

/**
 * An enterprise registered by its USCC. Resolvers return `EnterpriseEntity` rows: the fields
 * below are read straight from the row, the others (region, location, segments, contact, review
 * flag) are derived in `EnterpriseFieldsResolver`.
 */
@ObjectType({ description: 'An enterprise of the region, registered by its Unified Social Credit Code.' })
export class Enterprise {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unified Social Credit Code (GB 32100-2015), 18 characters, upper case.' })
  uscc: string;

  @Field()
  nameZh: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field(() => EnterpriseSize)
  size: EnterpriseSize;

  @Field(() => Int, { description: 'Increases by one on every update; pass it back as `expectedVersion`.' })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When alliance staff verified the enterprise; null until then.' })
  verifiedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The staff member (or admin) who verified it.' })
  verifiedBy: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export const EnterpriseConnection = ConnectionType(Enterprise, 'Enterprise');
