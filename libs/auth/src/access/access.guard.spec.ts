import { ErrorCode } from '@chainmatch/core';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Allow, Public } from '../allow.decorator.js';
import { Role, type AuthUser } from '../role.js';
import { AccessGuard } from './access.guard.js';
import type { CallerService } from './caller.service.js';

class Operations {
  noRule(): void {}
  @Public() open(): void {}
  @Allow(Role.ADMIN) adminOnly(): void {}
}

const member: AuthUser = {
  userId: 'u', role: Role.ENTERPRISE_MEMBER, sessionId: 's', enterpriseId: 'e', allianceId: null, coverage: null,
};

function contextFor(method: keyof Operations, headers: Record<string, string> = {}): ExecutionContext {
  const request = { headers };
  return {
    getType: () => 'http',
    getHandler: () => Operations.prototype[method],
    getClass: () => Operations,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

const guardWith = (caller: AuthUser | undefined) =>
  new AccessGuard(new Reflector(), { callerOf: async () => caller } as unknown as CallerService);

const refusedWith = (code: ErrorCode, reason?: string) =>
  expect.objectContaining({ code, ...(reason && { details: expect.objectContaining({ reason }) }) });

describe('AccessGuard', () => {
  it('refuses an operation that declares no rule, even for an admin (deny by default)', async () => {
    await expect(guardWith({ ...member, role: Role.ADMIN }).canActivate(contextFor('noRule')))
      .rejects.toEqual(refusedWith(ErrorCode.FORBIDDEN, 'NO_ACCESS_RULE'));
  });

  it('lets anyone call a public operation', async () => {
    await expect(guardWith(undefined).canActivate(contextFor('open'))).resolves.toBe(true);
  });

  it('asks anonymous callers to sign in, and refuses a signed-in caller of another role', async () => {
    await expect(guardWith(undefined).canActivate(contextFor('adminOnly'))).rejects.toEqual(refusedWith(ErrorCode.UNAUTHENTICATED));
    await expect(guardWith(member).canActivate(contextFor('adminOnly'))).rejects.toEqual(refusedWith(ErrorCode.FORBIDDEN, 'ROLE_NOT_ALLOWED'));
  });
});
