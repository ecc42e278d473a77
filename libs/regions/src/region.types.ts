import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A point in GCJ-02 (the datum of AMap and the reference data), decimal degrees.' })
export class GeoPoint {
  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lng: number;
}

@ObjectType({ description: 'Province-level unit: Shanghai, Jiangsu, Zhejiang or Anhui.' })
export class Province {
  @Field({ description: 'GB/T 2260 code, e.g. 320000.' })
  adcode: string;

  @Field()
  nameZh: string;

  @Field()
  nameEn: string;
}

@ObjectType({ description: 'Prefecture-level city (41 in the region).' })
export class City {
  @Field()
  adcode: string;

  @Field()
  provinceAdcode: string;

  @Field()
  nameZh: string;

  @Field({ description: 'Hanyu Pinyin of the short name.' })
  nameEn: string;

  @Field({ description: 'Pinyin name made unique in the region, e.g. "Suzhou, Anhui".' })
  nameEnUnique: string;

  @Field(() => GeoPoint)
  location: GeoPoint;
}

@ObjectType({ description: 'County-level unit (district, county or county-level city).' })
export class County {
  @Field()
  adcode: string;

  @Field()
  cityAdcode: string;

  @Field()
  provinceAdcode: string;

  @Field()
  nameZh: string;

  @Field()
  nameEn: string;

  @Field({ description: 'English name with its kind, e.g. "Huangpu District".' })
  nameEnFull: string;

  @Field({ description: 'district, county or county_city.' })
  kind: string;

  @Field(() => GeoPoint, { nullable: true, description: 'Seat of the government; null for the few units without published coordinates.' })
  location: GeoPoint | null;
}
