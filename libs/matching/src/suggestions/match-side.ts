import type { QuantityBasis } from '@chainmatch/listings';
import type { UnitRecord } from '@chainmatch/units';

/** Names of a place in both languages, from the county up. */
export interface PlaceNames {
  provinceAdcode: string;
  zh: { province: string; city: string; county: string };
  en: { province: string; city: string; county: string };
}

export interface SideQuantity {
  amount: number;
  unit: UnitRecord;
  basis: QuantityBasis;
}

export interface SidePrice {
  minCny: number | null;
  maxCny: number | null;
  /** What one price is for. */
  unit: UnitRecord;
}

/** What scoring needs to know of one side of a possible match (a listing and its enterprise). */
export interface MatchSide {
  listingId: string;
  enterpriseId: string;
  kind: 'SUPPLY' | 'DEMAND';
  segmentId: string;
  chainId: string;
  /** DEMAND: the segments the buyer works in, telling a need for its own output from one for an input (empty for SUPPLY). */
  enterpriseSegmentIds: string[];
  place: PlaceNames;
  lat: number | null;
  lng: number | null;
  /** Analysed words of the title, keywords and description (jieba, normalised). */
  tokens: ReadonlySet<string>;
  quantity: SideQuantity | null;
  price: SidePrice | null;
  leadTimeDays: number | null;
  /** SUPPLY: held; DEMAND: wanted (scored). */
  certifications: string[];
  /** DEMAND: required of every supplier suggested. */
  mandatoryCertifications: string[];
  servedProvinceAdcodes: string[];
  serviceRadiusKm: number | null;
  verified: boolean;
  publishedAt: Date;
  /** Median hours the enterprise takes to answer interest; null when unknown. */
  medianResponseHours: number | null;
}

/**
 * How the supplier's segment answers the need, the buyer's role considered: a need filed under the
 * buyer's own output segment is for inputs (its feeders answer it, same-segment offers come from
 * competitors); a need filed under the segment of what is needed is answered by that segment.
 */
export type ChainRelation =
  | 'SAME_SEGMENT' | 'EQUIVALENT_SEGMENT' | 'FEEDER' | 'INPUT_OF_NEED' | 'COMPETITOR' | 'SAME_CHAIN' | 'OTHER';

export interface PairContext {
  demand: MatchSide;
  supply: MatchSide;
  relation: ChainRelation;
  /** The two segments are in different chains. */
  crossChain: boolean;
  /** Segment names for the sentences. */
  supplySegmentName: { zh: string; en: string };
  demandSegmentName: { zh: string; en: string };
  /** Query terms of the demand (synonym groups), for text relevance; each term lists its alternatives. */
  demandTerms: string[][][];
  distanceKm: number | null;
  /** Live offers in the segments that can supply the need, counted up to the scarcity threshold. */
  suppliersAround: number;
  now: Date;
}
