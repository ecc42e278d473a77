import { Public } from '@chainmatch/auth';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Chain, Segment } from './chain.types.js';
import { TaxonomyService } from './taxonomy.service.js';

/** Reference data: public. */
@Public()
@Resolver()
export class ChainResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Query(() => [Chain], { description: 'The industrial chains of the region.' })
  chains(): Chain[] {
    return this.taxonomy.listChains();
  }

  @Query(() => Chain, { nullable: true })
  chain(@Args('id') id: string): Chain | null {
    return this.taxonomy.chain(id) ?? null;
  }

  @Query(() => Segment, { nullable: true })
  segment(@Args('id') id: string): Segment | null {
    return this.taxonomy.segment(id) ?? null;
  }
}
