import type { FactorReading } from '../factor.js';
import type { PairContext } from '../match-side.js';
import { forBoth } from '../viewpoint.js';
import { missingCertifications } from './certification-names.js';
import { reading } from './reading.js';

/**
 * The certifications a need wants, held or not (editions normalised). Mandatory ones are not scored:
 * a supplier lacking one is never suggested (see eligibility), so every one suggested holds them.
 */
export function certifications({ supply, demand }: PairContext): FactorReading {
  const wanted = demand.certifications;
  const mandatory = demand.mandatoryCertifications;
  const mandatoryZh = mandatory.length > 0 ? `；具备必需认证：${mandatory.join('、')}` : '';
  const mandatoryEn = mandatory.length > 0 ? `; holds the mandatory ${mandatory.join(', ')}` : '';
  if (wanted.length === 0) return reading(1, () => forBoth(`需求未提出其他认证要求${mandatoryZh}`, `No other certification wanted${mandatoryEn}`));
  const missing = missingCertifications(wanted, supply.certifications);
  if (missing.length === 0) {
    return reading(1, () => forBoth(`具备全部所需认证：${wanted.join('、')}${mandatoryZh}`, `Holds every certification wanted: ${wanted.join(', ')}${mandatoryEn}`));
  }
  return reading(1 - missing.length / wanted.length, () => forBoth(`缺少认证：${missing.join('、')}${mandatoryZh}`, `Missing certifications: ${missing.join(', ')}${mandatoryEn}`));
}
