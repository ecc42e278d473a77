import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SegmentStage } from './chain.entities.js';

registerEnumType(SegmentStage, { name: 'SegmentStage', description: 'Position of a segment along its chain.' });

@ObjectType({ description: 'Indicative GB/T 4754-2017 industry class of a segment.' })
export class IndustryClass {
  @Field()
  code: string;

  @Field()
  nameZh: string;
}

@ObjectType({ description: 'One of the key industrial chains of the region, e.g. integrated circuits.' })
export class Chain {
  @Field({ description: 'Stable id, e.g. "ic".' })
  id: string;

  @Field()
  nameZh: string;

  @Field()
  nameEn: string;
}

@ObjectType({ description: 'A link of an industrial chain; segments feed one another in a directed acyclic graph.' })
export class Segment {
  @Field({ description: 'Stable id, e.g. "ic.packaging".' })
  id: string;

  @Field()
  chainId: string;

  @Field()
  nameZh: string;

  @Field()
  nameEn: string;

  @Field(() => SegmentStage)
  stage: SegmentStage;

  @Field(() => [IndustryClass])
  industryClasses: IndustryClass[];
}
