import type { Role } from '../gql/graphql';

/** Who curates matches and acts on insight drill-downs: alliance staff (inside their coverage) and admins. */
export const CURATORS: Role[] = ['ALLIANCE_STAFF', 'ADMIN'];

export const isCurator = (role: Role | undefined) => role !== undefined && CURATORS.includes(role);
