import { Allow, CurrentUser, Public, Role, type AuthUser } from '@chainmatch/auth';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe, type Connection } from '@chainmatch/core';
import type { EnterpriseEntity } from './enterprise.entity.js';
import { EnterprisesArgs, RegisterEnterpriseInput, UpdateEnterpriseInput } from './enterprise.inputs.js';
import { EnterpriseService } from './enterprise.service.js';
import { Enterprise, EnterpriseConnection } from './enterprise.types.js';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  constructor(private readonly service: EnterpriseService) {}

  @Public()
  @Query(() => Enterprise, { nullable: true, description: 'The enterprise with this id, or null. Contacts only for those allowed.' })
  enterprise(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<EnterpriseEntity | null> {
    return this.service.findById(id);
  }

  @Public()
  @Query(() => EnterpriseConnection, { description: 'Enterprises matching the filter, newest first. Only alliance staff and admins filter by `needsReview`.' })
  enterprises(@Args() args: EnterprisesArgs, @CurrentUser() user: AuthUser | undefined): Promise<Connection<EnterpriseEntity>> {
    return this.service.list(args, user);
  }

  @Allow(Role.ALLIANCE_STAFF, Role.ADMIN)
  @Mutation(() => Enterprise, {
    description: 'Staff (inside their coverage) or admins register an enterprise by its USCC; members use signUp. '
      + 'A code whose characters 3-8 name another province than the county is accepted but flagged for review.',
  })
  registerEnterprise(@Args('input') input: RegisterEnterpriseInput, @CurrentUser() actor: AuthUser): Promise<EnterpriseEntity> {
    return this.service.registerByStaff(input, actor);
  }

  @Allow(Role.ENTERPRISE_MEMBER, Role.ADMIN)
  @Mutation(() => Enterprise, { description: 'Members change their own enterprise, read at `expectedVersion`; CONFLICT if it changed since.' })
  updateEnterprise(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: UpdateEnterpriseInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<EnterpriseEntity> {
    return this.service.update(id, expectedVersion, input, actor);
  }

  @Allow(Role.ALLIANCE_STAFF, Role.ADMIN)
  @Mutation(() => Enterprise, { description: 'Staff inside their coverage (or admins) mark the enterprise verified.' })
  verifyEnterprise(@Args('id', { type: () => ID }, ParseIdPipe) id: string, @CurrentUser() actor: AuthUser): Promise<EnterpriseEntity> {
    return this.service.verify(id, actor);
  }
}
