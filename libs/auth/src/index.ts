export { ACCESS_RULE, Allow, Authenticated, Public } from './allow.decorator.js';
export type { AccessRule } from './allow.decorator.js';
export { CurrentUser, requestOf, userOfContext } from './current-user.decorator.js';
export type { RequestWithUser } from './current-user.decorator.js';
export { Role } from './role.js';
export type { AuthUser, Coverage } from './role.js';
