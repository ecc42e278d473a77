import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { User } from '../accounts/account.types.js';
import { Allow } from '../allow.decorator.js';
import { CurrentUser } from '../current-user.decorator.js';
import type { AllianceEntity, UserEntity } from '../identity.entities.js';
import { Role, type AuthUser } from '../role.js';
import { AllianceService } from './alliance.service.js';
import { Alliance, CreateAllianceInput, CreateStaffAccountInput } from './alliance.types.js';

@Resolver(() => Alliance)
export class AllianceResolver {
  constructor(private readonly allianceService: AllianceService) {}

  @Allow(Role.ADMIN, Role.ALLIANCE_STAFF)
  @Query(() => [Alliance], { description: 'Every alliance for admins; their own for staff.' })
  alliances(@CurrentUser() user: AuthUser): Promise<AllianceEntity[]> {
    return this.allianceService.list(user);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Alliance)
  createAlliance(@Args('input') input: CreateAllianceInput): Promise<AllianceEntity> {
    return this.allianceService.create(input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User, { description: 'An ALLIANCE_STAFF account in an alliance.' })
  createStaffAccount(@Args('input') input: CreateStaffAccountInput): Promise<UserEntity> {
    return this.allianceService.createStaffAccount(input);
  }
}
