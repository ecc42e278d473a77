import type { Role } from '../../gql/graphql';

/** Where each role starts after signing in. */
export const homeOf = (role: Role) => (role === 'ENTERPRISE_MEMBER' ? '/enterprise' : role === 'ALLIANCE_STAFF' ? '/curation' : '/search');

/** A `next` path back into the console; anything else (another site, a protocol-relative URL) is ignored. */
export const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : null);
