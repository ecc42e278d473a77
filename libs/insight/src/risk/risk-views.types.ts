import { Chain, Segment } from '@chainmatch/chains';
import { Province } from '@chainmatch/regions';
import { Field, ObjectType } from '@nestjs/graphql';
import { InsightSnapshot } from '../snapshots/insight-snapshot.types.js';
import { RiskClass } from './risk-class.js';
import { SegmentRisk } from './segment-risk.types.js';

@ObjectType({ description: 'One segment of a heatmap: the whole region, then each province in the order of `RiskHeatmap.provinces`.' })
export class RiskHeatmapRow {
  @Field(() => Segment)
  segment: Segment;

  @Field(() => SegmentRisk)
  region: SegmentRisk;

  @Field(() => [SegmentRisk])
  provinces: SegmentRisk[];
}

@ObjectType({ description: 'A chain\'s segments × provinces, for a heatmap coloured by risk class.' })
export class RiskHeatmap {
  @Field(() => InsightSnapshot)
  snapshot: InsightSnapshot;

  @Field(() => Chain)
  chain: Chain;

  @Field(() => [Province], { description: 'Column order of every row\'s `provinces`.' })
  provinces: Province[];

  @Field(() => [RiskHeatmapRow], { description: 'Upstream first, as the chain lists its segments.' })
  rows: RiskHeatmapRow[];
}

@ObjectType({ description: 'A feeds edge of the chain: `from` supplies `to`.' })
export class ChainRiskEdge {
  @Field(() => Segment)
  from: Segment;

  @Field(() => Segment)
  to: Segment;

  @Field(() => RiskClass, { description: 'The supplying segment\'s class in the area.' })
  fromRiskClass: RiskClass;

  @Field({ description: 'True when the supplying segment is broken, at risk or single-sourced: `to` is exposed through this edge.' })
  exposed: boolean;
}

@ObjectType({ description: 'A chain as a graph coloured by risk in one area: nodes are its segments\' risk, edges its feeds.' })
export class ChainRiskGraph {
  @Field(() => InsightSnapshot)
  snapshot: InsightSnapshot;

  @Field(() => Chain)
  chain: Chain;

  @Field(() => Province, { nullable: true, description: 'Null: the whole region.' })
  province: Province | null;

  @Field(() => [SegmentRisk])
  nodes: SegmentRisk[];

  @Field(() => [ChainRiskEdge])
  edges: ChainRiskEdge[];
}
