import type { MatchSide } from './match-side.js';

/**
 * Hard rules a candidate must pass before it is scored: another enterprise, the supplier serves the
 * buyer's province and the buyer accepts the supplier's, and each side's radius (if any) holds.
 */
export function isEligible(demand: MatchSide, supply: MatchSide, distanceKm: number | null): boolean {
  if (demand.enterpriseId === supply.enterpriseId) return false;
  const within = (adcodes: string[], adcode: string) => adcodes.length === 0 || adcodes.includes(adcode);
  if (!within(demand.servedProvinceAdcodes, supply.provinceAdcode)) return false;
  if (!within(supply.servedProvinceAdcodes, demand.provinceAdcode)) return false;
  const radii = [demand.serviceRadiusKm, supply.serviceRadiusKm].filter((radius): radius is number => radius !== null);
  return radii.length === 0 || (distanceKm !== null && radii.every((radius) => distanceKm <= radius));
}
