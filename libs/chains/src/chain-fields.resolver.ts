import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Chain, Segment } from './chain.types.js';
import { TaxonomyService } from './taxonomy.service.js';

@Resolver(() => Chain)
export class ChainFieldsResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => [Segment], { description: 'Segments of the chain, upstream first as the data lists them.' })
  segments(@Parent() chain: Chain): Segment[] {
    return this.taxonomy.segmentsOfChain(chain.id);
  }
}

@Resolver(() => Segment)
export class SegmentFieldsResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @ResolveField(() => Chain)
  chain(@Parent() segment: Segment): Chain | undefined {
    return this.taxonomy.chain(segment.chainId);
  }

  @ResolveField(() => [Segment], { description: 'Segments that feed this one (its suppliers), in its chain or another.' })
  upstream(@Parent() segment: Segment): Segment[] {
    return this.taxonomy.upstreamOf(segment.id);
  }

  @ResolveField(() => [Segment], { description: 'Segments this one feeds (its buyers), in its chain or another.' })
  downstream(@Parent() segment: Segment): Segment[] {
    return this.taxonomy.downstreamOf(segment.id);
  }

  @ResolveField(() => [Segment], { description: 'Segments of other chains that trade the same goods or services (matching treats them as this one).' })
  equivalents(@Parent() segment: Segment): Segment[] {
    return this.taxonomy.equivalentsOf(segment.id);
  }
}
