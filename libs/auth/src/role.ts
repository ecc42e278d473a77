import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ENTERPRISE_MEMBER = 'ENTERPRISE_MEMBER',
  ALLIANCE_STAFF = 'ALLIANCE_STAFF',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role' });

/** Who is calling, as established from a valid access token. */
export interface AuthUser {
  userId: string;
  role: Role;
  /** Set for ENTERPRISE_MEMBER. */
  enterpriseId: string | null;
  /** Set for ALLIANCE_STAFF. */
  allianceId: string | null;
  sessionId: string;
}
