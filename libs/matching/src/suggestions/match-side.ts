/** What scoring needs to know of one side of a possible match (a listing and its enterprise). */
export interface MatchSide {
  listingId: string;
  enterpriseId: string;
  kind: 'SUPPLY' | 'DEMAND';
  segmentId: string;
  chainId: string;
  provinceAdcode: string;
  provinceNameZh: string;
  provinceNameEn: string;
  lat: number | null;
  lng: number | null;
  /** Analysed words of the title, keywords and description (jieba, normalised). */
  tokens: ReadonlySet<string>;
  quantity: number | null;
  unit: string | null;
  priceMinCny: number | null;
  priceMaxCny: number | null;
  leadTimeDays: number | null;
  certifications: string[];
  servedProvinceAdcodes: string[];
  serviceRadiusKm: number | null;
  verified: boolean;
  publishedAt: Date;
  /** Median hours the enterprise takes to answer interest; null when unknown. */
  medianResponseHours: number | null;
}

/** How the candidate's segment relates to the source's along the chain. */
export type ChainRelation = 'SAME_SEGMENT' | 'DIRECT_FEEDER' | 'SAME_CHAIN' | 'OTHER';

export interface PairContext {
  demand: MatchSide;
  supply: MatchSide;
  relation: ChainRelation;
  /** Segment names for the sentences. */
  supplySegmentName: { zh: string; en: string };
  demandSegmentName: { zh: string; en: string };
  /** Query terms of the demand (synonym groups), for text relevance; each term lists its alternatives. */
  demandTerms: string[][][];
  distanceKm: number | null;
  now: Date;
}
