import { missingCertifications } from './factors/certification-names.js';
import type { MatchSide } from './match-side.js';

/**
 * Hard rules a candidate must pass before it is scored: another enterprise; the supplier serves the
 * buyer's province and the buyer accepts the supplier's; each side's radius (if any) holds; the
 * supplier holds every certification the need marks as mandatory (editions normalised). Phase B's
 * minimum product fit joins these.
 */
export function isEligible(demand: MatchSide, supply: MatchSide, distanceKm: number | null): boolean {
  if (demand.enterpriseId === supply.enterpriseId) return false;
  const within = (adcodes: string[], adcode: string) => adcodes.length === 0 || adcodes.includes(adcode);
  if (!within(demand.servedProvinceAdcodes, supply.place.provinceAdcode)) return false;
  if (!within(supply.servedProvinceAdcodes, demand.place.provinceAdcode)) return false;
  const radii = [demand.serviceRadiusKm, supply.serviceRadiusKm].filter((radius): radius is number => radius !== null);
  if (radii.length > 0 && (distanceKm === null || radii.some((radius) => distanceKm > radius))) return false;
  return missingCertifications(demand.mandatoryCertifications, supply.certifications).length === 0;
}
