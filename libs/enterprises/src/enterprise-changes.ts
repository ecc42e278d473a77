import { EnterpriseReviewReason, type EnterpriseEntity } from './enterprise.entity.js';
import type { GeoPointInput } from '@chainmatch/regions';
import type { EnterpriseContactInput, RegisterEnterpriseInput, UpdateEnterpriseInput } from './enterprise.inputs.js';
import { checkUscc, type UsccCheck } from './uscc/uscc.js';

export type ValidUscc = Extract<UsccCheck, { valid: true }>;

/** Where an enterprise is, down to its county; city and province always follow from the county. */
export interface EnterprisePlace {
  countyAdcode: string;
  cityAdcode: string;
  provinceAdcode: string;
}

/** The columns of a new enterprise row; id, version and timestamps come from the database, verification from staff later. */
export type NewEnterpriseRecord = Omit<EnterpriseEntity, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'segments' | 'verifiedAt' | 'verifiedBy'>;

/** Columns an update may set; the USCC is the enterprise's identity and never changes. */
export type EnterpriseChanges = Partial<Omit<NewEnterpriseRecord, 'uscc'>>;

type ContactColumns = Pick<EnterpriseEntity, 'contactName' | 'contactPhone' | 'contactEmail'>;
type PointColumns = Pick<EnterpriseEntity, 'lat' | 'lng'>;

/**
 * The review reasons after (re)locating an enterprise: flags a USCC whose registering authority
 * (characters 3-8) sits in another province than the declared county, and clears that flag when
 * they agree again. Reasons of other kinds are kept.
 */
export function reviewReasonsFor(
  existing: readonly EnterpriseReviewReason[],
  usccProvinceCode: string,
  locationProvinceAdcode: string,
): EnterpriseReviewReason[] {
  const others = existing.filter((reason) => reason !== EnterpriseReviewReason.USCC_REGION_MISMATCH);
  return usccProvinceCode === locationProvinceAdcode ? others : [...others, EnterpriseReviewReason.USCC_REGION_MISMATCH];
}

/**
 * Province of the registering authority of a stored USCC. Stored codes passed `checkUscc`; rows
 * written by other means (imports) fall back to characters 3-4 rather than failing the update.
 */
function provinceOfStoredUscc(uscc: string): string {
  const check = checkUscc(uscc);
  return check.valid ? check.provinceCode : `${uscc.slice(2, 4)}0000`;
}

export function newEnterpriseRecord(input: RegisterEnterpriseInput, uscc: ValidUscc, place: EnterprisePlace): NewEnterpriseRecord {
  return {
    uscc: uscc.code,
    nameZh: input.nameZh,
    nameEn: input.nameEn ?? null,
    ...place,
    ...pointColumns(input.location),
    size: input.size,
    ...contactColumns(input.contact),
    reviewReasons: reviewReasonsFor([], uscc.provinceCode, place.provinceAdcode),
  };
}

/** Whether an update input names anything to change (segment ids are written apart from the row). */
export function hasChanges(input: UpdateEnterpriseInput): boolean {
  return Object.values(input).some((value) => value !== undefined);
}

/** The columns to set for `input` on `current`; `place` is the new county's, when it changes. */
export function enterpriseChanges(input: UpdateEnterpriseInput, current: EnterpriseEntity, place?: EnterprisePlace): EnterpriseChanges {
  const changes: EnterpriseChanges = {};
  if (input.nameZh !== undefined) changes.nameZh = input.nameZh;
  if (input.nameEn !== undefined) changes.nameEn = input.nameEn;
  if (input.size !== undefined) changes.size = input.size;
  if (input.location !== undefined) Object.assign(changes, pointColumns(input.location));
  if (input.contact !== undefined) Object.assign(changes, contactColumns(input.contact));
  if (place) {
    Object.assign(changes, place);
    changes.reviewReasons = reviewReasonsFor(current.reviewReasons, provinceOfStoredUscc(current.uscc), place.provinceAdcode);
  }
  return changes;
}

function pointColumns(location: GeoPointInput | null | undefined): PointColumns {
  return location ? { lat: location.lat, lng: location.lng } : { lat: null, lng: null };
}

/** A given contact replaces the stored one as a whole: a part left out is cleared. */
function contactColumns(contact: EnterpriseContactInput | null | undefined): ContactColumns {
  return { contactName: contact?.name ?? null, contactPhone: contact?.phone ?? null, contactEmail: contact?.email ?? null };
}
