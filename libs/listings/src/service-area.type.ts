import { Province } from '@chainmatch/regions';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ServiceArea {
  @Field({ description: 'True when no province is named: the whole Yangtze River Delta.' })
  wholeRegion: boolean;

  @Field(() => [Province])
  provinces: Province[];

  @Field(() => Int, { nullable: true, description: 'Further limit: distance from the listing\'s location.' })
  radiusKm: number | null;
}
