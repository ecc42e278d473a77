import { ChainEntity, SegmentEntity, SegmentEquivalenceEntity, SegmentFeedEntity } from './chain.entities.js';
import { CreateChains1764000001000 } from './migrations/1764000001000-CreateChains.js';
import { CreateSegmentEquivalence1764000060200 } from './migrations/1764000060200-CreateSegmentEquivalence.js';

export { assertAcyclic, CyclicChainError } from './chain-graph.js';
export type { FeedEdge } from './chain-graph.js';
export { ChainEntity, SegmentEntity, SegmentEquivalenceEntity, SegmentFeedEntity, SegmentStage } from './chain.entities.js';
export { seedChains, shippedSegmentGraph } from './chain-seed.js';
export { Chain, IndustryClass, Segment } from './chain.types.js';
export { ChainsModule } from './chains.module.js';
export { TaxonomyService } from './taxonomy.service.js';
export { SegmentGraph } from './segment-graph.js';
export type { EquivalencePair, SegmentRelation } from './segment-graph.js';

export const chainEntities = [ChainEntity, SegmentEntity, SegmentFeedEntity, SegmentEquivalenceEntity];
export const chainMigrations = [CreateChains1764000001000, CreateSegmentEquivalence1764000060200];
