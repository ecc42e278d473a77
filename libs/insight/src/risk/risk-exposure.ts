import { RiskClass } from './risk-class.js';
import type { RiskExposureRecord } from './segment-risk.entity.js';

/** Feeder classes a downstream segment is shown to depend on. */
const FRAGILE = new Set([RiskClass.BROKEN, RiskClass.AT_RISK, RiskClass.SINGLE_SOURCE]);

/**
 * Propagates risk down the chain within one area: each segment lists its feeders that are broken,
 * at risk or single-sourced, and — through any path — the broken segments further up (with the
 * segments in between), so a segment fed by a broken link shows that exposure.
 */
export function propagateExposure(
  classOf: ReadonlyMap<string, RiskClass>,
  feedersOf: (segmentId: string) => string[],
): Map<string, RiskExposureRecord[]> {
  const memo = new Map<string, RiskExposureRecord[]>();
  const exposureOf = (segmentId: string): RiskExposureRecord[] => {
    const known = memo.get(segmentId);
    if (known) return known;
    const found = new Map<string, RiskExposureRecord>();
    const keepShortest = (record: RiskExposureRecord) => {
      const existing = found.get(record.segmentId);
      if (!existing || record.via.length < existing.via.length) found.set(record.segmentId, record);
    };
    for (const feeder of feedersOf(segmentId).filter((id) => classOf.has(id))) {
      const feederClass = classOf.get(feeder)!;
      if (FRAGILE.has(feederClass)) keepShortest({ segmentId: feeder, riskClass: feederClass, via: [] });
      for (const further of exposureOf(feeder).filter((record) => record.riskClass === RiskClass.BROKEN)) {
        keepShortest({ segmentId: further.segmentId, riskClass: RiskClass.BROKEN, via: [feeder, ...further.via] });
      }
    }
    const records = [...found.values()].sort((a, b) => a.via.length - b.via.length || a.segmentId.localeCompare(b.segmentId));
    memo.set(segmentId, records);
    return records;
  };
  return new Map([...classOf.keys()].map((segmentId) => [segmentId, exposureOf(segmentId)]));
}
