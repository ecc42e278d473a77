import type { QuantityBasis } from '@chainmatch/listings';
import type { ListingTerms } from '@chainmatch/search';
import type { UnitRecord } from '@chainmatch/units';
import type { ProductFit } from './product-fit.js';

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
  /** What its text says, as analysed when it was indexed (see ListingTermsRepository); empty when it is not indexed. */
  terms: ListingTerms;
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
 * competitors); a need filed under the segment of what is needed is answered by that segment. Where
 * the taxonomy sees no such link, a segment the lexicon says makes a product the need names still does.
 */
export type ChainRelation =
  | 'SAME_SEGMENT' | 'EQUIVALENT_SEGMENT' | 'FEEDER' | 'MAKES_PRODUCT' | 'INPUT_OF_NEED' | 'COMPETITOR' | 'SAME_CHAIN' | 'OTHER';

export interface PairContext {
  demand: MatchSide;
  supply: MatchSide;
  relation: ChainRelation;
  /** The two segments are in different chains. */
  crossChain: boolean;
  /** Segment names for the sentences. */
  supplySegmentName: { zh: string; en: string };
  demandSegmentName: { zh: string; en: string };
  /** How well the offer names the products the need names. */
  productFit: ProductFit;
  distanceKm: number | null;
  /** Live offers of the need's main product in the segments that can supply it, counted up to the scarcity threshold. */
  suppliersAround: number;
  now: Date;
}
