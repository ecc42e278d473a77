import { Chain } from '@chainmatch/chains';
import { Province, RegionDirectory } from '@chainmatch/regions';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChainLeadProvinces } from './chain-lead-provinces.js';

@Resolver(() => Chain)
export class ChainLeadProvinceResolver {
  constructor(
    private readonly leads: ChainLeadProvinces,
    private readonly regions: RegionDirectory,
  ) {}

  @ResolveField(() => Province, { nullable: true, description: 'The province that leads the chain in the joint action (Jiangsu: new display; Shanghai: robotics; others as configured).' })
  leadProvince(@Parent() chain: Chain): Province | null {
    const adcode = this.leads.of(chain.id);
    return adcode ? this.regions.province(adcode) ?? null : null;
  }
}
