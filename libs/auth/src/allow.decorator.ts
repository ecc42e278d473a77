import { SetMetadata } from '@nestjs/common';
import { Role } from './role.js';

export const ACCESS_RULE = 'chainmatch:access-rule';

/** Who may call an operation. Every query, mutation and subscription declares one (deny by default). */
export type AccessRule = { kind: 'PUBLIC' } | { kind: 'ROLES'; roles: Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'PUBLIC' } satisfies AccessRule);

/** Any signed-in user. */
export const Authenticated = () => SetMetadata(ACCESS_RULE, { kind: 'ROLES', roles: Object.values(Role) } satisfies AccessRule);

/** Signed-in users with one of `roles`; checks on the resource itself stay in the service. */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { kind: 'ROLES', roles } satisfies AccessRule);
