import { Allow, AuthPayload, Authenticated, CurrentUser, Public, Role, type AuthUser, type SignedIn, type UserEntity } from '@chainmatch/auth';
import { ParseIdPipe, type Connection } from '@chainmatch/core';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MemberQueryService } from './member-query.service.js';
import { MembershipService } from './membership.service.js';
import { EnterpriseInvitation, EnterpriseMembersArgs, SignUpInput, UserConnection } from './membership.types.js';

@Resolver()
export class MembershipResolver {
  constructor(
    private readonly membership: MembershipService,
    private readonly members: MemberQueryService,
  ) {}

  @Authenticated()
  @Query(() => UserConnection, {
    description: 'An enterprise\'s member accounts that can sign in, first joined first: for its members, staff covering it, and admins.',
  })
  enterpriseMembers(@Args() args: EnterpriseMembersArgs, @CurrentUser() caller: AuthUser): Promise<Connection<UserEntity>> {
    return this.members.list(args, caller);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates a member account with a new enterprise (by its USCC) or by invitation, and signs in.' })
  signUp(@Args('input') input: SignUpInput): Promise<SignedIn> {
    return this.membership.signUp(input);
  }

  @Allow(Role.ENTERPRISE_MEMBER, Role.ADMIN)
  @Mutation(() => EnterpriseInvitation, { description: 'A single-use code to join the enterprise (a member\'s own; admins name one).' })
  createEnterpriseInvitation(
    @CurrentUser() actor: AuthUser,
    @Args('enterpriseId', { type: () => ID, nullable: true }, ParseIdPipe) enterpriseId?: string,
  ): Promise<EnterpriseInvitation> {
    return this.membership.invite(actor, enterpriseId);
  }
}
