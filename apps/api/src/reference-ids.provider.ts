import { TaxonomyService } from '@chainmatch/chains';
import { REFERENCE_ID_LOOKUP, type ReferenceIdLookup, type ReferenceKind } from '@chainmatch/core';
import { RegionDirectory } from '@chainmatch/regions';
import type { Provider } from '@nestjs/common';

/** The validation pipe's view of reference data: the taxonomy as staff edit it, the region as loaded. */
export const referenceIdLookupProvider: Provider<ReferenceIdLookup> = {
  provide: REFERENCE_ID_LOOKUP,
  inject: [TaxonomyService, RegionDirectory],
  useFactory: (taxonomy: TaxonomyService, regions: RegionDirectory): ReferenceIdLookup => {
    const lookups: Record<ReferenceKind, (id: string) => unknown> = {
      chain: (id) => taxonomy.chain(id),
      segment: (id) => taxonomy.segment(id),
      province: (id) => regions.province(id),
      city: (id) => regions.city(id),
      county: (id) => regions.county(id),
    };
    return { isKnown: (kind, id) => lookups[kind](id) !== undefined };
  },
};
