import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { AuthUser } from './role.js';

export type RequestWithUser = Request & { user?: AuthUser };

/** The caller, or undefined when anonymous. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser | undefined =>
  requestOf(context).user,
);

export function requestOf(context: ExecutionContext): RequestWithUser {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: RequestWithUser }>().req
    : context.switchToHttp().getRequest<RequestWithUser>();
}

/** The caller from a GraphQL context object (in field resolvers). */
export function userOfContext(context: { req?: RequestWithUser }): AuthUser | undefined {
  return context.req?.user;
}
