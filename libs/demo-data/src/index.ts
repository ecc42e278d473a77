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
export { generateDemoEnterprises } from './enterprise/enterprise-generator.js';
export { generateDemoListings } from './listing/listing-generator.js';
