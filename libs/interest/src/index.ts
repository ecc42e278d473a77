import { InterestEntity } from './interest.entity.js';
import { CreateInterest1764000013000 } from './migrations/1764000013000-CreateInterest.js';

export { InterestExpirySweeper } from './expiry/interest-expiry.sweeper.js';
export { effectiveInterestStatus } from './interest-lifecycle.js';
export { InterestErrorReason } from './interest.errors.js';
export { InterestQueryService } from './interest-query.service.js';
export { InterestEntity, InterestStatus } from './interest.entity.js';
export { Interest, InterestConnection } from './interest.types.js';
export { InterestModule } from './interest.module.js';
export { RESPONSIVENESS_WINDOW_DAYS, ResponsivenessService } from './responsiveness/responsiveness.service.js';
export { EnterpriseResponsiveness } from './responsiveness/responsiveness.types.js';

export const interestEntities = [InterestEntity];
export const interestMigrations = [CreateInterest1764000013000];
