import type { AuthUser } from '@chainmatch/auth';

/** What a mutation acts on, for the audit log. */
export interface AuditTarget {
  type: string;
  /**
   * Where the target's id is when the mutation has no `id` argument and its result has no `id`
   * (a payload around the target, or nothing at all).
   */
  idOf?: (result: unknown, actor: AuthUser | undefined) => unknown;
}

type WithUser = { user?: { id?: unknown } } | null | undefined;
type WithEnterprise = { enterpriseId?: unknown } | null | undefined;
/** A chain leader's mark is about its enterprise (so staff covering it see the entry). */
const CHAIN_LEADER: AuditTarget = { type: 'ENTERPRISE', idOf: (leader) => (leader as WithEnterprise)?.enterpriseId };

const LISTING: AuditTarget = { type: 'LISTING' };
const ENTERPRISE: AuditTarget = { type: 'ENTERPRISE' };
const MATCH: AuditTarget = { type: 'MATCH' };
const INTEREST: AuditTarget = { type: 'INTEREST' };
/** Lexicon groups have text ids; the audit log points at the edit (its id is a UUID), which names the group. */
const LEXICON_EDIT: AuditTarget = { type: 'LEXICON_EDIT' };
const SIGNED_IN_USER: AuditTarget = { type: 'USER', idOf: (payload) => (payload as WithUser)?.user?.id };

/**
 * The target of each mutation; the schema contract test fails on a mutation without an entry here
 * (or an entry for no mutation). The id comes from the `id` argument or the result's `id` unless
 * `idOf` says otherwise. Coverage filtering for staff (AuditLogQueryService) relies on LISTING,
 * ENTERPRISE and MATCH being right.
 */
export const AUDIT_TARGETS: Readonly<Record<string, AuditTarget>> = {
  createListing: LISTING,
  updateListing: LISTING,
  publishListing: LISTING,
  pauseListing: LISTING,
  closeListing: LISTING,
  renewListing: LISTING,
  moderateListing: LISTING,
  registerEnterprise: ENTERPRISE,
  updateEnterprise: ENTERPRISE,
  verifyEnterprise: ENTERPRISE,
  createEnterpriseInvitation: { type: 'ENTERPRISE', idOf: (invitation) => (invitation as WithEnterprise)?.enterpriseId },
  createAlliance: { type: 'ALLIANCE' },
  createStaffAccount: { type: 'USER' },
  signUp: SIGNED_IN_USER,
  login: SIGNED_IN_USER,
  refreshSession: SIGNED_IN_USER,
  logout: { type: 'USER', idOf: (_result, actor) => actor?.userId },
  expressInterest: INTEREST,
  acceptInterest: INTEREST,
  declineInterest: INTEREST,
  withdrawInterest: INTEREST,
  shortlistMatch: MATCH,
  dismissMatch: MATCH,
  introduceMatch: MATCH,
  recordMatchOutcome: MATCH,
  createLexiconGroup: LEXICON_EDIT,
  updateLexiconGroup: LEXICON_EDIT,
  deleteLexiconGroup: LEXICON_EDIT,
  markChainLeader: CHAIN_LEADER,
  unmarkChainLeader: CHAIN_LEADER,
  recomputeInsight: { type: 'INSIGHT_SNAPSHOT' },
};

/** `EnterpriseInvitation` → `ENTERPRISE_INVITATION`; undefined for scalar results (nothing to point at). */
export function targetTypeFromTypeName(typeName: string | undefined): string | null {
  return typeName ? typeName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase() : null;
}
