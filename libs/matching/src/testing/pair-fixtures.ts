import { shippedSegmentGraph, type TaxonomyService } from '@chainmatch/chains';
import { QuantityBasis } from '@chainmatch/listings';
import { NO_OFFER_KEYS } from '@chainmatch/search';
import { shippedUnitCatalogue } from '@chainmatch/units';
import type { ChainGraph } from '../suggestions/chain-roles.js';
import type { FactorSettings } from '../suggestions/factors/reading.js';
import type { MatchSide, PairContext, SideQuantity } from '../suggestions/match-side.js';
import type { NeedTerm, ProductFit } from '../suggestions/product-fit.js';

/** Specs' builders of scoring input, on the shipped units catalogue and chain graph. */
export const SETTINGS: FactorSettings = { distanceHalfKm: 150, freshnessHalfDays: 60, scarceSuppliers: 10, minProductFit: 0.3 };
export const NOW = new Date('2026-11-01T00:00:00Z');
export const catalogue = shippedUnitCatalogue();

const graph = shippedSegmentGraph();
/** The taxonomy's relations over the shipped data (segments reduced to their ids: all the roles read). */
export const shippedChains: ChainGraph = {
  relation: (supplier, buyer) => graph.relation(supplier, buyer),
  downstreamOf: (id) => (graph.downstreamOf.get(id) ?? []).map((segmentId) => ({ id: segmentId })) as ReturnType<TaxonomyService['downstreamOf']>,
  counterpartSegmentsOf: (id, side) => graph.counterpartSegmentsOf(id, side),
};

export const quantity = (amount: number, unit: string, basis: keyof typeof QuantityBasis): SideQuantity =>
  ({ amount, unit: catalogue.resolve(unit)!, basis: QuantityBasis[basis] });
export const price = (minCny: number | null, maxCny: number | null, unit: string) => ({ minCny, maxCny, unit: catalogue.resolve(unit)! });

const WUXI = { provinceAdcode: '320000', zh: { province: '江苏省', city: '无锡市', county: '滨湖区' }, en: { province: 'Jiangsu', city: 'Wuxi', county: 'Binhu' } };
export const KUNSHAN = { provinceAdcode: '320000', zh: { province: '江苏省', city: '苏州市', county: '昆山市' }, en: { province: 'Jiangsu', city: 'Suzhou', county: 'Kunshan' } };
export const HEFEI = { provinceAdcode: '340000', zh: { province: '安徽省', city: '合肥市', county: '蜀山区' }, en: { province: 'Anhui', city: 'Hefei', county: 'Shushan' } };
export const PUDONG = { provinceAdcode: '310000', zh: { province: '上海市', city: '上海市', county: '浦东新区' }, en: { province: 'Shanghai', city: 'Shanghai', county: 'Pudong' } };

export const side = (overrides: Partial<MatchSide>): MatchSide => ({
  listingId: 'l', enterpriseId: 'e', kind: 'SUPPLY', segmentId: 'ic.materials', chainId: 'ic', enterpriseSegmentIds: [], place: WUXI,
  lat: 31.5, lng: 120.3, terms: { products: [], offer: NO_OFFER_KEYS }, quantity: null, price: null, leadTimeDays: null, certifications: [], mandatoryCertifications: [],
  servedProvinceAdcodes: [], serviceRadiusKm: null, verified: false, publishedAt: NOW, medianResponseHours: null, ...overrides,
});

export const WAFERS: NeedTerm = { groupIds: ['ic.wafer-300'], broaderIds: ['ic.silicon-wafer'], otherKindKeys: ['@q:ic.wafer-200'], head: true, tokens: ['12英寸硅片'], weight: 3.5, names: { zh: '12英寸硅片', en: '300 mm silicon wafer' } };
export const PHOTORESIST: NeedTerm = { groupIds: ['ic.photoresist'], broaderIds: [], otherKindKeys: [], head: false, tokens: ['光刻胶'], weight: 3, names: { zh: '光刻胶', en: 'photoresist' } };

/** A product fit as productFit reads one: `matched` of `terms` named (in the title). */
export const fit = (terms: NeedTerm[], matched: NeedTerm[], breadth = 1): ProductFit => {
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  const value = terms.length === 0 ? null : matched.reduce((sum, term) => sum + term.weight, 0) / total;
  return { value, matched, termCount: terms.length, breadthScale: 1, breadth };
};

/** A wafer supplier in Wuxi and a fab in Shanghai needing wafers, unless overridden. */
export const pair = (supply: Partial<MatchSide>, demand: Partial<MatchSide> = {}, extra: Partial<PairContext> = {}): PairContext => ({
  supply: side({ enterpriseId: 's', ...supply }),
  demand: side({ enterpriseId: 'd', kind: 'DEMAND', segmentId: 'ic.fab', enterpriseSegmentIds: ['ic.fab'], place: PUDONG, ...demand }),
  relation: 'FEEDER',
  crossChain: false,
  supplySegmentName: { zh: '半导体材料', en: 'Semiconductor materials' },
  demandSegmentName: { zh: '晶圆制造', en: 'Wafer fabrication' },
  productFit: fit([WAFERS], [WAFERS]),
  distanceKm: 86,
  suppliersAround: SETTINGS.scarceSuppliers,
  now: NOW,
  ...extra,
});
