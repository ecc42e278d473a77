import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A figure that decided (or was checked for) a class or stage, with the threshold it was held against.' })
export class InsightMeasure {
  @Field({ description: 'Which figure, e.g. "hhi", "topCityShare", "locationQuotient".' })
  name: string;

  @Field(() => Float, { nullable: true, description: 'Null when the figure does not apply (e.g. a share of nothing).' })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'The configured threshold it was compared with, if any.' })
  threshold: number | null;
}
