export type {
  ChainStage,
  DemoCity,
  DemoContact,
  DemoCounty,
  DemoEnterprise,
  DemoGenerationOptions,
  DemoListing,
  DemoReferenceData,
  DemoSegment,
  EnterpriseSize,
  ListingKind,
  ListingRange,
  ListingStatus,
  QuantityBasis,
} from './demo-data.types.js';
export { generateCurationHistory } from './curation/curation-history.js';
export type {
  DemoCuratedMatch, DemoCurationStep, DemoDismissReason, DemoMatchCandidate, DemoMatchStatus,
} from './curation/curation-history.types.js';
export { generateDemoEnterprises } from './enterprise/enterprise-generator.js';
export { generateDemoListings } from './listing/listing-generator.js';
export { DEMO_SUPPLY_GAPS } from './supply-gaps/supply-gaps.js';
export type { DemoSupplyGaps } from './supply-gaps/supply-gaps.js';
