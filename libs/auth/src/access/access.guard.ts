import { ForbiddenError, UnauthenticatedError } from '@chainmatch/core';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from '../allow.decorator.js';
import { requestOf } from '../current-user.decorator.js';
import { CallerService } from './caller.service.js';
import { AuthErrorReason } from '../auth.errors.js';

/**
 * Deny by default: an operation without an access rule is refused. Establishes the caller once per
 * request (a presented but invalid token is refused even on public operations, so clients learn to
 * refresh) and checks the role; checks on the resource itself are the services' job.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly callers: CallerService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw new ForbiddenError('this operation declares no access rule', AuthErrorReason.NO_ACCESS_RULE);
    const request = requestOf(context);
    request.user = await this.callers.callerOf(request);
    if (rule.kind === 'PUBLIC') return true;
    if (!request.user) throw new UnauthenticatedError();
    if (!rule.roles.includes(request.user.role)) {
      throw new ForbiddenError(`a ${request.user.role} may not do this`, AuthErrorReason.ROLE_NOT_ALLOWED);
    }
    return true;
  }
}
