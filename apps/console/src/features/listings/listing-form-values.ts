import dayjs, { type Dayjs } from 'dayjs';
import type { CreateListingInput, ListingForEditQuery, ListingKind, QuantityBasis, UpdateListingInput } from '../../gql/graphql';
import { countyPath, segmentPath } from '../../shared/place-options';

/** The listing form's fields; names follow the API input so its field-level refusals land on them. */
export interface ListingFormValues {
  kind: ListingKind;
  title: string;
  description: string;
  segmentId: string[];
  keywords?: string[];
  quantity?: { amount?: number | null; unit?: string | null; basis?: QuantityBasis };
  priceRange?: { minCny?: number | null; maxCny?: number | null; unit?: string | null };
  leadTimeDays?: number | null;
  certifications?: string[];
  countyAdcode?: string[];
  servedProvinceAdcodes?: string[];
  serviceRadiusKm?: number | null;
  validUntil?: Dayjs | null;
}

type Editable = NonNullable<ListingForEditQuery['listing']>;

export function formValuesOf(listing: Editable): ListingFormValues {
  return {
    kind: listing.kind,
    title: listing.title,
    description: listing.description,
    segmentId: segmentPath(listing.segment.id),
    keywords: listing.keywords,
    quantity: listing.quantity ? { amount: listing.quantity.amount, unit: listing.quantity.unit.code, basis: listing.quantity.basis } : undefined,
    priceRange: listing.priceRange
      ? { minCny: listing.priceRange.minCny, maxCny: listing.priceRange.maxCny, unit: listing.priceRange.unit.code } : undefined,
    leadTimeDays: listing.leadTimeDays,
    certifications: listing.certifications,
    countyAdcode: countyPath(listing.county.adcode),
    servedProvinceAdcodes: listing.serviceArea.provinces.map((province) => province.adcode),
    serviceRadiusKm: listing.serviceArea.radiusKm,
    validUntil: dayjs(listing.validUntil),
  };
}

const present = (value: number | null | undefined) => value !== undefined && value !== null;

/** What a quantity is counted over unless the poster says otherwise: capacities and needs are usually monthly. */
export const DEFAULT_BASIS: QuantityBasis = 'PER_MONTH';

/** The fields as the API takes them; an empty optional field is left out on create and cleared (null) on edit. */
export function listingInputOf(values: ListingFormValues, clear: null | undefined): Omit<CreateListingInput, 'enterpriseId'> & UpdateListingInput {
  const { quantity, priceRange } = values;
  return {
    kind: values.kind,
    title: values.title,
    description: values.description,
    segmentId: values.segmentId.at(-1)!,
    keywords: values.keywords ?? [],
    quantity: present(quantity?.amount) || quantity?.unit
      ? { amount: quantity?.amount ?? 0, unit: quantity?.unit ?? '', basis: quantity?.basis ?? DEFAULT_BASIS } : clear,
    // A price without its unit is sent as it is, so the API's refusal names the unit's field.
    priceRange: present(priceRange?.minCny) || present(priceRange?.maxCny)
      ? { minCny: priceRange?.minCny, maxCny: priceRange?.maxCny, unit: priceRange?.unit ?? '' } : clear,
    leadTimeDays: values.leadTimeDays ?? clear,
    certifications: values.certifications ?? [],
    countyAdcode: values.countyAdcode?.at(-1),
    servedProvinceAdcodes: values.servedProvinceAdcodes ?? [],
    serviceRadiusKm: values.serviceRadiusKm ?? clear,
    validUntil: values.validUntil?.endOf('day').toISOString(),
  };
}
