import type { DemoCounty, DemoEnterprise, DemoListing } from '@chainmatch/demo-data';
import { checkUscc, reviewReasonsFor } from '@chainmatch/enterprises';

/** Column values of one `enterprise` row, keyed as in jsonb_to_recordset below. */
export function enterpriseRow(enterprise: DemoEnterprise, county: DemoCounty) {
  const uscc = checkUscc(enterprise.uscc);
  if (!uscc.valid) throw new Error(`demo generator produced an invalid USCC ${enterprise.uscc}: ${uscc.message}`);
  return {
    id: enterprise.id, uscc: enterprise.uscc, name_zh: enterprise.nameZh, name_en: enterprise.nameEn,
    county_adcode: county.adcode, city_adcode: county.cityAdcode, province_adcode: county.provinceAdcode,
    lat: enterprise.lat, lng: enterprise.lng, size: enterprise.size,
    contact_name: enterprise.contact.name, contact_phone: enterprise.contact.phone, contact_email: enterprise.contact.email,
    review_reasons: reviewReasonsFor([], uscc.provinceCode, county.provinceAdcode), verified_at: enterprise.verifiedAt,
  };
}

export const ENTERPRISE_COLUMNS = `id uuid, uscc char(18), name_zh varchar, name_en varchar, county_adcode char(6),
  city_adcode char(6), province_adcode char(6), lat double precision, lng double precision, size enterprise_size,
  contact_name varchar, contact_phone varchar, contact_email varchar, review_reasons enterprise_review_reason[],
  verified_at timestamptz`;

export function listingRow(listing: DemoListing, county: DemoCounty, chainId: string) {
  const published = listing.status !== 'DRAFT';
  return {
    id: listing.id, enterprise_id: listing.enterpriseId, kind: listing.kind, status: listing.status,
    title: listing.title, description: listing.description, segment_id: listing.segmentId, chain_id: chainId,
    keywords: listing.keywords, quantity: listing.quantity, quantity_unit: listing.quantityUnit, quantity_basis: listing.quantityBasis,
    price_min_cny: listing.priceMinCny, price_max_cny: listing.priceMaxCny, price_unit: listing.priceUnit,
    lead_time_days: listing.leadTimeDays, certifications: listing.certifications, mandatory_certifications: listing.mandatoryCertifications, county_adcode: county.adcode, city_adcode: county.cityAdcode,
    province_adcode: county.provinceAdcode, lat: listing.lat, lng: listing.lng,
    served_province_adcodes: listing.servedProvinceAdcodes, service_radius_km: listing.serviceRadiusKm,
    valid_from: listing.validFrom, valid_until: listing.validUntil, published_at: published ? listing.validFrom : null,
    closed_at: listing.status === 'CLOSED' ? listing.validFrom : null, created_at: listing.createdAt, updated_at: listing.createdAt,
  };
}

export const LISTING_COLUMNS = `id uuid, enterprise_id uuid, kind listing_kind, status listing_status, title varchar,
  description text, segment_id varchar, chain_id varchar, keywords text[], quantity numeric, quantity_unit varchar,
  quantity_basis quantity_basis, price_min_cny numeric, price_max_cny numeric, price_unit varchar, lead_time_days int,
  certifications text[], mandatory_certifications text[], county_adcode char(6),
  city_adcode char(6), province_adcode char(6), lat double precision, lng double precision,
  served_province_adcodes char(6)[], service_radius_km int, valid_from timestamptz, valid_until timestamptz,
  published_at timestamptz, closed_at timestamptz, created_at timestamptz, updated_at timestamptz`;
