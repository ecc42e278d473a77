export { ACCESS_RULE, Allow, Authenticated, Public } from './allow.decorator.js';
export type { AccessRule } from './allow.decorator.js';
export { Role } from './role.js';
export type { AuthUser } from './role.js';
