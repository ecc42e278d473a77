import { requestLoader } from '@chainmatch/core';
import { Enterprise, type EnterpriseEntity } from '@chainmatch/enterprises';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ResponsivenessService } from './responsiveness.service.js';
import { EnterpriseResponsiveness } from './responsiveness.types.js';

/** Adds `Enterprise.responsiveness` from the interest lib, which owns the figures (enterprises cannot depend on it). */
@Resolver(() => Enterprise)
export class EnterpriseResponsivenessResolver {
  constructor(private readonly figures: ResponsivenessService) {}

  @ResolveField(() => EnterpriseResponsiveness, { description: 'How promptly it answers interest; public, so counterparts know what to expect.' })
  responsiveness(@Parent() enterprise: EnterpriseEntity, @Context() context: object): Promise<EnterpriseResponsiveness> {
    return requestLoader<string, EnterpriseResponsiveness>(context, 'enterprise.responsiveness', async (ids) => {
      const byId = await this.figures.responsivenessOf(ids);
      return ids.map((id) => byId.get(id)!);
    }).load(enterprise.id);
  }
}
