import { Chain, TaxonomyService } from '@chainmatch/chains';
import { BadUserInputError, CoreErrorReason } from '@chainmatch/core';
import { RegionDirectory } from '@chainmatch/regions';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { InsightSnapshotEntity } from '../snapshots/insight-snapshot.entity.js';
import { FlowQueryService, type FlowSums } from './flow-query.service.js';
import type { FlowFilter } from './flow.inputs.js';
import { ChainFlow, CityFlow, FlowFigures, IntegrationFlows, MonthFlow, ProvinceFlow } from './flow.types.js';

/** What the root query hands its fields: the snapshot and the filter; each figure is summed when asked for. */
export interface FlowsView {
  snapshot: InsightSnapshotEntity;
  filter: FlowFilter;
}

const TOP_PAIRS_MAX = 50;

const figures = (sums: FlowSums): FlowFigures => ({
  ...sums,
  crossBorderShare: sums.introduced > 0 ? sums.crossBorderIntroduced / sums.introduced : null,
  crossBorderConcludedShare: sums.concluded > 0 ? sums.crossBorderConcluded / sums.concluded : null,
});

const ZERO: FlowSums = { introduced: 0, concluded: 0, orderAmountCny: 0, crossBorderIntroduced: 0, crossBorderConcluded: 0, crossBorderOrderAmountCny: 0 };

@Resolver(() => IntegrationFlows)
export class FlowFieldsResolver {
  constructor(
    private readonly flows: FlowQueryService,
    private readonly regions: RegionDirectory,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @ResolveField(() => FlowFigures)
  async totals(@Parent() view: FlowsView): Promise<FlowFigures> {
    const [total] = await this.flows.sums(view.snapshot.id, view.filter, 'total');
    return figures(total ?? ZERO);
  }

  @ResolveField(() => [ProvinceFlow], { description: 'All 16 cells, supplier\'s province by buyer\'s, in adcode order (empty cells as zeros).' })
  async provinceMatrix(@Parent() view: FlowsView): Promise<ProvinceFlow[]> {
    const cells = new Map((await this.flows.sums(view.snapshot.id, view.filter, 'provinces')).map((row) => [row.key.join('>'), row]));
    const provinces = this.regions.listProvinces();
    return provinces.flatMap((supply) => provinces.map((demand) => {
      const sums = cells.get(`${supply.adcode}>${demand.adcode}`) ?? ZERO;
      return { supplyProvince: supply, demandProvince: demand, crossBorder: supply.adcode !== demand.adcode,
        introduced: sums.introduced, concluded: sums.concluded, orderAmountCny: sums.orderAmountCny };
    }));
  }

  @ResolveField(() => [CityFlow], { description: 'The city pairs with the most introduced matches.' })
  async topCityPairs(@Parent() view: FlowsView, @Args('first', { type: () => Int, defaultValue: 10 }) first: number): Promise<CityFlow[]> {
    if (!Number.isInteger(first) || first < 1 || first > TOP_PAIRS_MAX) throw BadUserInputError.of('first', `must be from 1 to ${TOP_PAIRS_MAX}`, CoreErrorReason.PAGE_SIZE_OUT_OF_RANGE);
    const rows = await this.flows.sums(view.snapshot.id, view.filter, 'cities', first);
    return rows.flatMap(({ key: [supply, demand], ...sums }) => {
      const [supplyCity, demandCity] = [this.regions.city(supply), this.regions.city(demand)];
      if (!supplyCity || !demandCity) return [];
      return [{ supplyCity, demandCity, crossBorder: supplyCity.provinceAdcode !== demandCity.provinceAdcode,
        introduced: sums.introduced, concluded: sums.concluded, orderAmountCny: sums.orderAmountCny }];
    });
  }

  @ResolveField(() => [MonthFlow], { description: 'Oldest month first.' })
  async byMonth(@Parent() view: FlowsView): Promise<MonthFlow[]> {
    return (await this.flows.sums(view.snapshot.id, view.filter, 'month')).map(({ key: [month], ...sums }) => ({ month, figures: figures(sums) }));
  }

  @ResolveField(() => [ChainFlow])
  async byChain(@Parent() view: FlowsView): Promise<ChainFlow[]> {
    const rows = await this.flows.sums(view.snapshot.id, view.filter, 'chain');
    return rows.flatMap(({ key: [chainId], ...sums }) => {
      const chain: Chain | undefined = this.taxonomy.chain(chainId);
      return chain ? [{ chain, figures: figures(sums) }] : [];
    });
  }
}
