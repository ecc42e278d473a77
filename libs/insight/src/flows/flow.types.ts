import { Chain } from '@chainmatch/chains';
import { City, Province } from '@chainmatch/regions';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { InsightSnapshot } from '../snapshots/insight-snapshot.types.js';

@ObjectType({ isAbstract: true })
abstract class FlowCounts {
  @Field(() => Int, { description: 'Matches staff introduced, whatever came of them.' })
  introduced: number;

  @Field(() => Int, { description: 'Matches concluded with an order.' })
  concluded: number;

  @Field(() => Float, { description: 'Their order amounts, CNY.' })
  orderAmountCny: number;
}

@ObjectType({ isAbstract: true })
abstract class PlaceFlow extends FlowCounts {
  @Field({ description: 'Supplier and buyer in different provinces.' })
  crossBorder: boolean;
}

@ObjectType({ description: 'Matches introduced and concluded, and the order amounts; with the part that crosses a provincial border.' })
export class FlowFigures extends FlowCounts {
  @Field(() => Int)
  crossBorderIntroduced: number;

  @Field(() => Int)
  crossBorderConcluded: number;

  @Field(() => Float)
  crossBorderOrderAmountCny: number;

  @Field(() => Float, { nullable: true, description: 'Share of introduced matches whose supplier and buyer are in different provinces; null when none.' })
  crossBorderShare: number | null;

  @Field(() => Float, { nullable: true, description: 'The same for concluded matches.' })
  crossBorderConcludedShare: number | null;
}

@ObjectType({ description: 'A cell of the 4 × 4 matrix: from the supplier\'s province to the buyer\'s.' })
export class ProvinceFlow extends PlaceFlow {
  @Field(() => Province)
  supplyProvince: Province;

  @Field(() => Province)
  demandProvince: Province;
}

@ObjectType({ description: 'Flows from the supplier\'s city to the buyer\'s.' })
export class CityFlow extends PlaceFlow {
  @Field(() => City)
  supplyCity: City;

  @Field(() => City)
  demandCity: City;
}

@ObjectType()
export class MonthFlow {
  @Field({ description: 'China time, "YYYY-MM".' })
  month: string;

  @Field(() => FlowFigures)
  figures: FlowFigures;
}

@ObjectType()
export class ChainFlow {
  @Field(() => Chain)
  chain: Chain;

  @Field(() => FlowFigures)
  figures: FlowFigures;
}

/** Every figure is resolved on demand by the flows field resolvers, from the snapshot's flows. */
@ObjectType({ description: 'Integration flows between provinces and cities from one snapshot: matches introduced and concluded, by chain and month.' })
export class IntegrationFlows {
  @Field(() => InsightSnapshot)
  snapshot: InsightSnapshot;
}
