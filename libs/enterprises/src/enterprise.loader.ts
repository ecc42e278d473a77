import { loadById } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import type { EnterpriseEntity } from './enterprise.entity.js';
import { EnterpriseService } from './enterprise.service.js';

/** Enterprises as field resolvers of other types (a listing's, interest's parties) return them. */
@Injectable()
export class EnterpriseLoader {
  constructor(private readonly enterprises: EnterpriseService) {}

  /** The enterprise of `id`, batched with every other enterprise the same request asks for (one query). */
  byId(context: object, id: string): Promise<EnterpriseEntity> {
    return loadById(context, 'enterprise.byId', (ids) => this.enterprises.findByIds(ids), id);
  }
}
