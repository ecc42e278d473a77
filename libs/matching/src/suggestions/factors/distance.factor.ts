import type { Language } from '@chainmatch/units';
import type { FactorReading } from '../factor.js';
import type { MatchSide, PairContext } from '../match-side.js';
import type { Sentence } from '../viewpoint.js';
import { NEUTRAL, reading, type FactorSettings } from './reading.js';

/** Where the counterpart lies: "江苏省苏州市昆山市" / "Kunshan, Suzhou, Jiangsu" (Shanghai is not named twice). */
export function placeWords({ place }: MatchSide, language: Language): string {
  const { province, city, county } = place[language];
  const parts = [province, city, county].filter((name, i, all) => name && name !== all[i - 1]);
  return language === 'zh' ? parts.join('') : parts.reverse().join(', ');
}

/** Fewer offers able to supply a need than the threshold stretch the halving distance in proportion. */
export function halvingKm(settings: FactorSettings, suppliersAround: number): number {
  const scarcity = settings.scarceSuppliers / Math.max(1, suppliersAround);
  return settings.distanceHalfKm * Math.max(1, scarcity);
}

const ROLE = { zh: { SUPPLY: '供方', DEMAND: '采购方' }, en: { SUPPLY: 'supplier', DEMAND: 'buyer' } } as const;

function located(counterpart: MatchSide, viewer: MatchSide, km: number | null, scarce: number | null): Sentence {
  const province = counterpart.place.provinceAdcode === viewer.place.provinceAdcode;
  const far = km === null ? null : Math.round(km);
  const zhNote = scarce === null ? '' : `；能供应此需求的供给仅${scarce}条，距离影响相应减弱`;
  const enNote = scarce === null ? '' : `; only ${scarce} offer${scarce === 1 ? '' : 's'} can supply this need, so distance counts less`;
  return {
    zh: `${ROLE.zh[counterpart.kind]}${far === null ? '' : `相距${far}公里，`}位于${placeWords(counterpart, 'zh')}（${province ? '同省' : '跨省'}）${zhNote}`,
    en: `The ${ROLE.en[counterpart.kind]} is ${far === null ? '' : `${far} km away, `}in ${placeWords(counterpart, 'en')} — ${province ? 'same province' : 'cross-province'}${enNote}`,
  };
}

/**
 * Great-circle distance, halving every MATCH_DISTANCE_HALF_KM — or further when few offers can
 * supply the need: the only supplier 500 km away is still the answer. Each reader is told where
 * the other party is, relative to their own province.
 */
export function distance({ distanceKm, supply, demand, suppliersAround }: PairContext, settings: FactorSettings): FactorReading {
  const halfKm = halvingKm(settings, suppliersAround);
  // The pair's own offer is one, whether or not it names the product where offers are counted.
  const scarce = halfKm > settings.distanceHalfKm ? Math.max(1, suppliersAround) : null;
  const value = distanceKm === null ? NEUTRAL : 0.5 ** (distanceKm / halfKm);
  return reading(value, () => ({ BUYER: located(supply, demand, distanceKm, scarce), SUPPLIER: located(demand, supply, distanceKm, scarce) }));
}
