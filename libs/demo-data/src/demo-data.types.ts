/** Reference data the generators draw from; the caller passes what is in the database. */
export interface DemoReferenceData {
  counties: DemoCounty[];
  cities: DemoCity[];
  segments: DemoSegment[];
}

export interface DemoCounty {
  adcode: string;
  cityAdcode: string;
  provinceAdcode: string;
  nameZh: string;
  nameEn: string;
  lat: number | null;
  lng: number | null;
}

export interface DemoCity {
  adcode: string;
  provinceAdcode: string;
  nameZh: string;
  nameEn: string;
  lat: number;
  lng: number;
}

export type ChainStage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';

export interface DemoSegment {
  id: string;
  chainId: string;
  nameZh: string;
  nameEn: string;
  stage: ChainStage;
  /** Ids of the segments this segment supplies. */
  feeds: string[];
}

export type EnterpriseSize = 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE';

export interface DemoContact {
  name: string;
  phone: string;
  email: string;
}

export interface DemoEnterprise {
  id: string;
  uscc: string;
  nameZh: string;
  nameEn: string;
  countyAdcode: string;
  lat: number | null;
  lng: number | null;
  size: EnterpriseSize;
  segmentIds: string[];
  contact: DemoContact;
  /** When alliance staff verified it (a share of the demo enterprises are), or null. */
  verifiedAt: Date | null;
}

export type ListingKind = 'SUPPLY' | 'DEMAND';
export type QuantityBasis = 'PER_DAY' | 'PER_MONTH' | 'PER_YEAR' | 'PER_ORDER';
export type ListingStatus = 'DRAFT' | 'ACTIVE' | 'PAUSED' | 'CLOSED' | 'EXPIRED';

export interface DemoListing {
  id: string;
  enterpriseId: string;
  kind: ListingKind;
  title: string;
  description: string;
  segmentId: string;
  keywords: string[];
  quantity: number | null;
  /** Catalogue unit codes (libs/units); each set exactly when its figures are. */
  quantityUnit: string | null;
  quantityBasis: QuantityBasis | null;
  priceMinCny: number | null;
  priceMaxCny: number | null;
  priceUnit: string | null;
  leadTimeDays: number | null;
  certifications: string[];
  mandatoryCertifications: string[];
  countyAdcode: string;
  lat: number | null;
  lng: number | null;
  servedProvinceAdcodes: string[];
  serviceRadiusKm: number | null;
  status: ListingStatus;
  validFrom: Date;
  validUntil: Date;
  createdAt: Date;
}

export interface DemoGenerationOptions {
  seed: number;
  now: Date;
}

/** A contiguous block of listing numbers, so large runs can be streamed chunk by chunk. */
export interface ListingRange {
  start: number;
  count: number;
}
