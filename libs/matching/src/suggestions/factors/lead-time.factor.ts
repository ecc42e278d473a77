import type { FactorReading } from '../factor.js';
import type { PairContext } from '../match-side.js';
import { forBoth } from '../viewpoint.js';
import { NEUTRAL, reading } from './reading.js';

export function leadTime({ supply, demand }: PairContext): FactorReading {
  const offered = supply.leadTimeDays;
  const needed = demand.leadTimeDays;
  if (offered === null || needed === null) return reading(NEUTRAL, () => forBoth('双方未都给出交期', 'Lead times not given on both sides'));
  if (offered <= needed) {
    return reading(1, () => forBoth(`交期${offered}天，满足${needed}天的要求`, `Delivers in ${offered} days, within the ${needed} needed`));
  }
  return reading(needed / offered, () => forBoth(`交期${offered}天，长于要求的${needed}天`, `Delivers in ${offered} days, later than the ${needed} needed`));
}
