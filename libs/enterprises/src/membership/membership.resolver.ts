import { Allow, AuthPayload, CurrentUser, Public, Role, type AuthUser, type SignedIn } from '@chainmatch/auth';
import { ParseIdPipe } from '@chainmatch/core';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { MembershipService } from './membership.service.js';
import { EnterpriseInvitation, SignUpInput } from './membership.types.js';

@Resolver()
export class MembershipResolver {
  constructor(private readonly membership: MembershipService) {}

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
