/**
 * Where the demo's supply falls short, so chain insight has real gaps to find. Generated listings
 * spread supply evenly; these mirror gaps the region's own reports name. Applied after loading by
 * withdrawing (closing) the listings concerned.
 */
export interface DemoSupplyGaps {
  /** Segments whose supply the region lacks altogether. */
  noRegionalSupplier: { segmentId: string; why: string }[];
  /** Segments left with one supplying enterprise (the one with the most live listings). */
  singleSupplier: { segmentId: string; why: string }[];
  /** Chain × city clusters that lost a share of their live listings within the last weeks. */
  shrinking: { chainId: string; cityAdcode: string; share: number; why: string }[];
}

export const DEMO_SUPPLY_GAPS: DemoSupplyGaps = {
  noRegionalSupplier: [
    { segmentId: 'nev.minerals', why: '锂、钴、镍矿产资源不在长三角：动力电池原料依赖区外供应' },
    { segmentId: 'ic.eda_ip', why: 'EDA 工具与 IP 核长期由境外厂商主导，区域内缺少可替代供应' },
  ],
  singleSupplier: [
    { segmentId: 'robotics.reducer', why: '精密减速器（RV、谐波）多依赖进口，区域内仅一家企业量产' },
  ],
  shrinking: [
    { chainId: 'textile', cityAdcode: '330600', share: 0.4, why: '绍兴印染集聚区整合搬迁，部分企业近期停止接单' },
  ],
};
