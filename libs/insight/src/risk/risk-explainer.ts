import { Injectable } from '@nestjs/common';
import { asMeasure } from '../explain/measure.js';
import { InsightPlaces } from '../explain/insight-places.js';
import { SnapshotQueryService } from '../snapshots/snapshot-query.service.js';
import type { RiskWarning } from './risk-class.js';
import { classifyRisk, RiskReasonCode, type RiskVerdict } from './risk-classification.js';
import { describeExposure, describeRiskReason } from './risk-reasons.js';
import type { SegmentRiskEntity } from './segment-risk.entity.js';
import type { RiskReason } from './segment-risk.types.js';

/**
 * Explains a stored risk row with the rule that classified it (classifyRisk), applied to the row's
 * figures and the thresholds of its snapshot: what is shown is what decided the class.
 */
@Injectable()
export class RiskExplainer {
  constructor(
    private readonly snapshots: SnapshotQueryService,
    private readonly places: InsightPlaces,
  ) {}

  async verdict(row: SegmentRiskEntity): Promise<RiskVerdict> {
    const snapshot = await this.snapshots.doneSnapshot(row.snapshotId);
    if (!snapshot) throw new Error(`risk row ${row.id} belongs to no finished snapshot`);
    return classifyRisk({ ...row, singleCityArea: this.places.isSingleCity(row.provinceAdcode) }, snapshot.thresholds);
  }

  async warnings(row: SegmentRiskEntity): Promise<RiskWarning[]> {
    return (await this.verdict(row)).warnings;
  }

  async reasons(row: SegmentRiskEntity): Promise<RiskReason[]> {
    const [verdict, snapshot] = await Promise.all([this.verdict(row), this.snapshots.doneSnapshot(row.snapshotId)]);
    const area = this.places.area(row.provinceAdcode);
    const context = { area, topCity: this.places.city(row.topCityAdcode), basis: snapshot!.thresholds.concentrationBasis };
    const classified = verdict.reasons.map((reason) => ({
      code: reason.code, decisive: reason.decisive, measures: reason.measures.map(asMeasure),
      ...asSentences(describeRiskReason(reason, context)),
    }));
    const exposure = row.exposure.map((record) => ({
      code: RiskReasonCode.UPSTREAM_EXPOSED, decisive: false, measures: [],
      ...asSentences(describeExposure(this.places.segment(record.segmentId), record.via.map((id) => this.places.segment(id)), record.riskClass, area)),
    }));
    return [...classified, ...exposure];
  }
}

const asSentences = ({ zh, en }: { zh: string; en: string }) => ({ sentenceZh: zh, sentenceEn: en });
