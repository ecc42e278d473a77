import { ListingEntity } from './listing.entity.js';
import { CreateListings1764000003000 } from './migrations/1764000003000-CreateListings.js';
import { AddListingModeration1764000009000 } from './migrations/1764000009000-AddListingModeration.js';
import { ListingQuantityUnits1764000060100 } from './migrations/1764000060100-ListingQuantityUnits.js';

export { ListingExpirySweeper } from './listing-expiry.sweeper.js';
export { isLive, listingLiveSql, listingStatusSql, listingWasLiveSql, statusAsRead } from './listing-lifecycle.js';
export { ListingQueryService } from './listing-query.service.js';
export { canSeeListing, canSeeListingPrivately, listingCoverageColumns, listingCoverageTarget } from './listing-visibility.js';
export { ListingLoader } from './listing.loader.js';
export { ListingEntity, ListingKind, ListingStatus, QuantityBasis } from './listing.entity.js';
export { ListingErrorReason, listingNotFound } from './listing.errors.js';
export type { SpecAttributeRecord } from './listing.entity.js';
export { ListingService } from './listing.service.js';
export { HiddenListing, Listing, ListingConnection, ListingView } from './listing.types.js';
export { ListingsModule } from './listings.module.js';

export const listingEntities = [ListingEntity];
export const listingMigrations = [CreateListings1764000003000, AddListingModeration1764000009000, ListingQuantityUnits1764000060100];
