import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ENTERPRISE_MEMBER = 'ENTERPRISE_MEMBER',
  ALLIANCE_STAFF = 'ALLIANCE_STAFF',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'ENTERPRISE_MEMBER acts for one enterprise; ALLIANCE_STAFF inside an alliance\'s coverage; ADMIN everywhere.' });

/** The chains and provinces an alliance covers: staff act on what lies in both. */
export interface Coverage {
  chainIds: string[];
  provinceAdcodes: string[];
}

/**
 * Who is calling, as established from a valid, unrevoked access token by the AccessGuard and kept
 * on the request (`req.user`, read with `@CurrentUser()`); absent for anonymous callers.
 */
export interface AuthUser {
  userId: string;
  role: Role;
  sessionId: string;
  /** Set for ENTERPRISE_MEMBER. */
  enterpriseId: string | null;
  /** Set for ALLIANCE_STAFF, with the alliance's coverage. */
  allianceId: string | null;
  coverage: Coverage | null;
}
