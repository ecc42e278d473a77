import { ChainEntity, SegmentEntity, SegmentFeedEntity } from './chain.entities.js';
import { CreateChains1764000001000 } from './migrations/1764000001000-CreateChains.js';

export { assertAcyclic, CyclicChainError } from './chain-graph.js';
export type { FeedEdge } from './chain-graph.js';
export { ChainEntity, SegmentEntity, SegmentFeedEntity, SegmentStage } from './chain.entities.js';
export { seedChains } from './chain-seed.js';
export { Chain, IndustryClass, Segment } from './chain.types.js';
export { ChainsModule } from './chains.module.js';
export { TaxonomyService } from './taxonomy.service.js';

export const chainEntities = [ChainEntity, SegmentEntity, SegmentFeedEntity];
export const chainMigrations = [CreateChains1764000001000];
