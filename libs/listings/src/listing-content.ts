import { TaxonomyService } from '@chainmatch/chains';
import { RegionDirectory } from '@chainmatch/regions';
import { UnitDirectory } from '@chainmatch/units';
import { Injectable } from '@nestjs/common';
import { ListingKind, type ListingEntity } from './listing.entity.js';
import {
  invalidValidity, invertedPriceRange, mandatoryCertificationsOfSupply, openPriceRange, unknownCounty, unknownProvince, unknownSegment,
  unknownUnit,
} from './listing.errors.js';
import type { ListingContentInput } from './listing.inputs.js';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_VALIDITY_DAYS = 90;
export const MAX_VALIDITY_DAYS = 365;

export interface EnterprisePlace {
  countyAdcode: string;
  lat: number | null;
  lng: number | null;
}

/**
 * Turns validated input into listing columns, applying the rules that need reference data
 * (segment, county, provinces) and the defaults (place from the enterprise, validity window).
 * Field paths in refusals are those of the GraphQL argument `input`.
 */
@Injectable()
export class ListingContentMapper {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly regions: RegionDirectory,
    private readonly units: UnitDirectory,
  ) {}

  /** `current` is the stored listing on update, `undefined` on create (when the defaults apply). */
  toColumns(input: ListingContentInput, kind: ListingKind, current: ListingEntity | undefined, enterprise: EnterprisePlace, now: Date): Partial<ListingEntity> {
    return {
      ...this.copyPlainFields(input),
      ...this.mandatoryCertifications(input.mandatoryCertifications, kind),
      ...this.segmentColumns(input.segmentId),
      ...this.quantityColumns(input),
      ...this.priceColumns(input),
      ...this.placeColumns(input, enterprise, current === undefined),
      ...this.servedProvinces(input.servedProvinceAdcodes),
      ...this.validityColumns(input, current, now),
    };
  }

  private copyPlainFields(input: ListingContentInput): Partial<ListingEntity> {
    const { title, description, keywords, attributes, leadTimeDays, certifications, serviceRadiusKm } = input;
    const columns: Partial<ListingEntity> = {
      title: title?.trim(), description: description?.trim(), leadTimeDays, serviceRadiusKm,
      keywords: keywords && [...new Set(keywords.map((k) => k.trim()))],
      certifications: certifications && [...new Set(certifications.map((c) => c.trim()))],
      attributes: attributes?.map(({ name, value }) => ({ name: name.trim(), value: value.trim() })),
    };
    return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
  }

  private segmentColumns(segmentId: string | undefined): Partial<ListingEntity> {
    if (segmentId === undefined) return {};
    const segment = this.taxonomy.segment(segmentId);
    if (!segment) throw unknownSegment('input.segmentId');
    return { segmentId: segment.id, chainId: segment.chainId };
  }

  private mandatoryCertifications(names: string[] | undefined, kind: ListingKind): Partial<ListingEntity> {
    if (names === undefined) return {};
    if (names.length > 0 && kind !== ListingKind.DEMAND) throw mandatoryCertificationsOfSupply('input.mandatoryCertifications');
    return { mandatoryCertifications: [...new Set(names.map((name) => name.trim()))] };
  }

  /** Null clears the quantity; otherwise its unit must be one the catalogue knows (stored by code). */
  private quantityColumns({ quantity }: ListingContentInput): Partial<ListingEntity> {
    if (quantity === undefined) return {};
    if (quantity === null) return { quantity: null, quantityUnit: null, quantityBasis: null };
    return { quantity: quantity.amount, quantityUnit: this.unitCode(quantity.unit, 'input.quantity.unit'), quantityBasis: quantity.basis };
  }

  /** Null clears the prices; otherwise at least one bound, in order, per a unit the catalogue knows. */
  private priceColumns({ priceRange }: ListingContentInput): Partial<ListingEntity> {
    if (priceRange === undefined) return {};
    if (priceRange === null) return { priceMinCny: null, priceMaxCny: null, priceUnit: null };
    const priceMinCny = priceRange.minCny ?? null;
    const priceMaxCny = priceRange.maxCny ?? null;
    if (priceMinCny === null && priceMaxCny === null) throw openPriceRange('input.priceRange');
    if (priceMinCny !== null && priceMaxCny !== null && priceMinCny > priceMaxCny) throw invertedPriceRange('input.priceRange');
    return { priceMinCny, priceMaxCny, priceUnit: this.unitCode(priceRange.unit, 'input.priceRange.unit') };
  }

  private unitCode(text: string, field: string): string {
    const unit = this.units.catalogue.resolve(text);
    if (!unit) throw unknownUnit(field);
    return unit.code;
  }

  private placeColumns(input: ListingContentInput, enterprise: EnterprisePlace, creating: boolean): Partial<ListingEntity> {
    if (!creating && input.countyAdcode === undefined && input.location === undefined) return {};
    const countyAdcode = input.countyAdcode ?? enterprise.countyAdcode;
    const county = this.regions.county(countyAdcode);
    if (!county) throw unknownCounty('input.countyAdcode');
    const sameCountyAsEnterprise = countyAdcode === enterprise.countyAdcode && enterprise.lat !== null;
    const point = input.location ?? (sameCountyAsEnterprise ? { lat: enterprise.lat!, lng: enterprise.lng! } : this.regions.locationOfCounty(countyAdcode));
    return { countyAdcode, cityAdcode: county.cityAdcode, provinceAdcode: county.provinceAdcode, lat: point?.lat ?? null, lng: point?.lng ?? null };
  }

  private servedProvinces(adcodes: string[] | undefined): Partial<ListingEntity> {
    if (adcodes === undefined) return {};
    if (adcodes.some((adcode) => !this.regions.province(adcode))) throw unknownProvince('input.servedProvinceAdcodes');
    return { servedProvinceAdcodes: [...adcodes].sort() };
  }

  private validityColumns(input: ListingContentInput, current: ListingEntity | undefined, now: Date): Partial<ListingEntity> {
    if (input.validFrom === undefined && input.validUntil === undefined && current) return {};
    const validFrom = input.validFrom ?? current?.validFrom ?? now;
    const validUntil = input.validUntil ?? current?.validUntil ?? new Date(validFrom.getTime() + DEFAULT_VALIDITY_DAYS * DAY_MS);
    checkValidityWindow(validFrom, validUntil, now);
    return { validFrom, validUntil };
  }
}

/** The window must end in the future, after it starts, and last at most MAX_VALIDITY_DAYS. */
export function checkValidityWindow(validFrom: Date, validUntil: Date, now: Date, field = 'input.validUntil'): void {
  if (validUntil <= now) throw invalidValidity(field, 'must be in the future');
  if (validUntil <= validFrom) throw invalidValidity(field, 'must be after validFrom');
  if (validUntil.getTime() - validFrom.getTime() > MAX_VALIDITY_DAYS * DAY_MS) {
    throw invalidValidity(field, `the validity window is at most ${MAX_VALIDITY_DAYS} days`);
  }
}
