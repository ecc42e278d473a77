import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A dimension of measure (mass, area, energy, count of items …): units convert only within one.' })
export class UnitDimension {
  @Field({ description: 'e.g. "MASS".' })
  id: string;

  @Field()
  nameZh: string;

  @Field()
  nameEn: string;

  @Field({ description: 'The unit the others of the dimension convert through, e.g. "kg".' })
  baseUnitCode: string;
}

/** `dimension` is resolved by `UnitFieldsResolver`. */
@ObjectType({ description: 'A unit of the catalogue that listing quantities and prices are stated in.' })
export class Unit {
  @Field({ description: 'Stable code, e.g. "t", "m2", "wafer", "kwh"; what listings store.' })
  code: string;

  @Field({ description: 'As written after a Chinese amount: 吨, 平方米, 片.' })
  nameZh: string;

  @Field({ description: 'As written after an English amount other than one: t, m², wafers.' })
  nameEn: string;

  @Field({ description: 'After the amount one and in prices: t, m², wafer.' })
  nameEnOne: string;

  @Field(() => [String], { description: 'Other spellings accepted on input (the code and the names are accepted too).' })
  aliases: string[];

  @Field(() => Float, { description: 'How many of the dimension\'s base unit one of this unit is (t: 1000, as 1 t = 1000 kg).' })
  toBase: number;
}
