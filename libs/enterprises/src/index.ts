import { EnterpriseEntity } from './enterprise.entity.js';
import { CreateEnterprises1764000002000 } from './migrations/1764000002000-CreateEnterprises.js';
import { AddEnterpriseVerification1764000004000 } from './migrations/1764000004000-AddEnterpriseVerification.js';
import { CreateEnterpriseInvitations1764000006000 } from './migrations/1764000006000-CreateEnterpriseInvitations.js';
import { CreateContactGrants1764000012000 } from './migrations/1764000012000-CreateContactGrants.js';

export { EnterpriseEntity, EnterpriseReviewReason, EnterpriseSize } from './enterprise.entity.js';
export { reviewReasonsFor } from './enterprise-changes.js';
export { enterpriseCoverageColumns, enterpriseCoverageTarget } from './enterprise-coverage.js';
export { EnterpriseErrorReason, enterpriseNotFound, enterpriseRequired, unknownEnterprise } from './enterprise.errors.js';
export { EnterpriseContactInput, EnterpriseFilter, RegisterEnterpriseInput, UpdateEnterpriseInput } from './enterprise.inputs.js';
export { EnterpriseLoader } from './enterprise.loader.js';
export { EnterpriseService } from './enterprise.service.js';
export { Enterprise, EnterpriseConnection, EnterpriseContact } from './enterprise.types.js';
export { ContactGrantService } from './contact-grants/contact-grant.service.js';
export type { ContactGrantSource } from './contact-grants/contact-grant.service.js';
export { EnterprisesModule } from './enterprises.module.js';
export { MembershipService } from './membership/membership.service.js';
export { SignUpInput } from './membership/membership.types.js';
export { isMainlandPhone, IsMainlandPhone } from './phone-number.js';
export { checkUscc, computeUsccCheckCharacter, normalizeUscc, USCC_ALPHABET } from './uscc/uscc.js';
export type { UsccCheck, UsccProblem } from './uscc/uscc.js';

export const enterpriseEntities = [EnterpriseEntity];
export const enterpriseMigrations = [CreateEnterprises1764000002000, AddEnterpriseVerification1764000004000, CreateEnterpriseInvitations1764000006000, CreateContactGrants1764000012000];
