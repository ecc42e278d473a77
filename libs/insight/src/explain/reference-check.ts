import { TaxonomyService } from '@chainmatch/chains';
import { BadUserInputError } from '@chainmatch/core';
import { RegionDirectory } from '@chainmatch/regions';
import { Injectable } from '@nestjs/common';
import { InsightErrorReason } from '../insight.errors.js';

type Kind = 'chain' | 'segment' | 'province' | 'city';

const UNKNOWN: Record<Kind, InsightErrorReason> = {
  chain: InsightErrorReason.UNKNOWN_CHAIN,
  segment: InsightErrorReason.UNKNOWN_SEGMENT,
  province: InsightErrorReason.UNKNOWN_PROVINCE,
  city: InsightErrorReason.UNKNOWN_CITY,
};

/** Checks the chains, segments and places a query names, refusing unknown ones with the argument's path (`filter.chainIds.1`). */
@Injectable()
export class ReferenceCheck {
  private readonly exists: Record<Kind, (id: string) => boolean>;

  constructor(taxonomy: TaxonomyService, regions: RegionDirectory) {
    this.exists = {
      chain: (id) => taxonomy.chain(id) !== undefined,
      segment: (id) => taxonomy.segment(id) !== undefined,
      province: (id) => regions.province(id) !== undefined,
      city: (id) => regions.city(id) !== undefined,
    };
  }

  /** One value, at `field`. */
  one(kind: Kind, id: string | null | undefined, field: string): void {
    if (id !== null && id !== undefined && !this.exists[kind](id)) {
      throw BadUserInputError.of(field, `names no ${kind} of the region (${id})`, UNKNOWN[kind]);
    }
  }

  /** A list, each value at `field.<index>`. */
  each(kind: Kind, ids: readonly string[] | null | undefined, field: string): void {
    ids?.forEach((id, i) => this.one(kind, id, `${field}.${i}`));
  }
}
