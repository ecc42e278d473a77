import { Field, Float, InputType } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';

/** Bounding box of Shanghai, Jiangsu, Zhejiang and Anhui with a margin; points outside are typos. */
export const REGION_BOUNDS = { minLat: 27, maxLat: 36, minLng: 114, maxLng: 123.5 };

@InputType({ description: 'A point in GCJ-02 decimal degrees, inside the Yangtze River Delta.' })
export class GeoPointInput {
  @Field(() => Float)
  @Min(REGION_BOUNDS.minLat, { message: 'lat must lie in the Yangtze River Delta (27 to 36)' })
  @Max(REGION_BOUNDS.maxLat, { message: 'lat must lie in the Yangtze River Delta (27 to 36)' })
  lat: number;

  @Field(() => Float)
  @Min(REGION_BOUNDS.minLng, { message: 'lng must lie in the Yangtze River Delta (114 to 123.5)' })
  @Max(REGION_BOUNDS.maxLng, { message: 'lng must lie in the Yangtze River Delta (114 to 123.5)' })
  lng: number;
}
