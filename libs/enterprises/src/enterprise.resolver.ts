import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe, type Connection } from '@chainmatch/core';
import type { EnterpriseEntity } from './enterprise.entity.js';
import { EnterprisesArgs, RegisterEnterpriseInput, UpdateEnterpriseInput } from './enterprise.inputs.js';
import { EnterpriseService } from './enterprise.service.js';
import { Enterprise, EnterpriseConnection } from './enterprise.types.js';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  constructor(private readonly service: EnterpriseService) {}

  @Query(() => Enterprise, { nullable: true, description: 'The enterprise with this id, or null.' })
  enterprise(@Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<EnterpriseEntity | null> {
    return this.service.findById(id);
  }

  @Query(() => EnterpriseConnection, { description: 'Enterprises matching the filter, newest first.' })
  enterprises(@Args() args: EnterprisesArgs): Promise<Connection<EnterpriseEntity>> {
    return this.service.list(args);
  }

  @Mutation(() => Enterprise, {
    description: 'Registers an enterprise by its USCC. A code whose characters 3-8 name another province than the county is accepted but flagged for review.',
  })
  registerEnterprise(@Args('input') input: RegisterEnterpriseInput): Promise<EnterpriseEntity> {
    return this.service.register(input);
  }

  @Mutation(() => Enterprise, { description: 'Changes an enterprise read at `expectedVersion`; refused with CONFLICT if it changed since.' })
  updateEnterprise(
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: UpdateEnterpriseInput,
  ): Promise<EnterpriseEntity> {
    return this.service.update(id, expectedVersion, input);
  }
}
