import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EnterpriseResponsiveness } from './responsiveness.types.js';

/** Recent enough to describe how the enterprise answers today, long enough to hold a few answers. */
export const RESPONSIVENESS_WINDOW_DAYS = 180;

interface ResponsivenessRow {
  enterprise_id: string;
  median_hours: number | null;
  answered_count: string;
  expired_count: string;
}

/**
 * Each enterprise's median response time to interest, which feeds the matching RESPONSIVENESS factor
 * and `Enterprise.responsiveness`.
 *
 * Interest that expired unanswered counts as taking the whole expiry period it was sent with.
 * Leaving it out would reward silence: an enterprise that answers only the easy requests, quickly,
 * and lets the rest lapse would look fast. The expiry period is also the least it really took (it
 * never answered), so the figure is not invented, only bounded. Withdrawn interest is left out: the
 * owner was not given the whole time to answer.
 */
@Injectable()
export class ResponsivenessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Median hours to answer per enterprise; null for an enterprise without answered or expired interest. */
  async medianResponseHours(enterpriseIds: readonly string[]): Promise<Map<string, number | null>> {
    const figures = await this.responsivenessOf(enterpriseIds);
    return new Map(enterpriseIds.map((id) => [id, figures.get(id)?.medianResponseHours ?? null]));
  }

  /** The full figures, one query for all `enterpriseIds` (a DataLoader batch). */
  async responsivenessOf(enterpriseIds: readonly string[]): Promise<Map<string, EnterpriseResponsiveness>> {
    const rows = enterpriseIds.length === 0 ? [] : await this.query(enterpriseIds);
    const byId = new Map(rows.map((row) => [row.enterprise_id, {
      medianResponseHours: row.median_hours === null ? null : Number(row.median_hours),
      answeredCount: Number(row.answered_count),
      expiredCount: Number(row.expired_count),
    }]));
    return new Map(enterpriseIds.map((id) => [id, byId.get(id) ?? { medianResponseHours: null, answeredCount: 0, expiredCount: 0 }]));
  }

  /** Waits of interest settled (answered, or expired — stored so or not yet) within the window. */
  private query(enterpriseIds: readonly string[]): Promise<ResponsivenessRow[]> {
    return this.dataSource.query(
      `SELECT owner_enterprise_id AS enterprise_id,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY wait_hours) AS median_hours,
         count(*) FILTER (WHERE answered) AS answered_count,
         count(*) FILTER (WHERE NOT answered) AS expired_count
       FROM (
         SELECT owner_enterprise_id, answered_at IS NOT NULL AS answered,
           extract(epoch FROM coalesce(answered_at, expires_at) - created_at) / 3600 AS wait_hours
         FROM interest
         WHERE owner_enterprise_id = ANY($1::uuid[])
           AND status IN ('ACCEPTED', 'DECLINED', 'EXPIRED', 'PENDING')
           AND (answered_at IS NOT NULL OR expires_at <= now())
           AND coalesce(answered_at, expires_at) > now() - make_interval(days => $2)
       ) waits
       GROUP BY owner_enterprise_id`,
      [enterpriseIds, RESPONSIVENESS_WINDOW_DAYS],
    );
  }
}
