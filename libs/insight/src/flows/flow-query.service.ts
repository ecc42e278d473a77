import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { FlowFilter } from './flow.inputs.js';

export interface FlowSums {
  introduced: number;
  concluded: number;
  orderAmountCny: number;
  crossBorderIntroduced: number;
  crossBorderConcluded: number;
  crossBorderOrderAmountCny: number;
}

export type FlowGroup = 'provinces' | 'cities' | 'month' | 'chain' | 'chainMonth' | 'total';

const GROUP_COLUMNS: Record<FlowGroup, string[]> = {
  provinces: ['supply_province_adcode', 'demand_province_adcode'],
  cities: ['supply_city_adcode', 'demand_city_adcode'],
  month: [`to_char(month, 'YYYY-MM')`],
  chain: ['chain_id'],
  chainMonth: ['chain_id', `to_char(month, 'YYYY-MM')`],
  total: [],
};

const CROSS = 'supply_province_adcode <> demand_province_adcode';

/** City pairs need the city rows; everything else reads the rows summed by province. */
const TABLE = (group: FlowGroup) => (group === 'cities' ? 'insight_flow' : 'insight_province_flow');

export type FlowRow = FlowSums & { key: string[] };

/** Sums kept per process: a finished snapshot's flows never change, and dashboards ask for the same ones over and over. */
const REMEMBERED_MAX = 500;

/**
 * Sums a snapshot's flows by provinces, cities, month, chain or in total, for the chains and months
 * asked for; each answer is remembered, as the snapshot it comes from never changes.
 */
@Injectable()
export class FlowQueryService {
  private readonly remembered = new Map<string, Promise<FlowRow[]>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  sums(snapshotId: string, filter: FlowFilter, group: FlowGroup, limit?: number): Promise<FlowRow[]> {
    const key = JSON.stringify([snapshotId, [...(filter.chainIds ?? [])].sort(), filter.fromMonth ?? null, filter.toMonth ?? null, group, limit ?? null]);
    let answer = this.remembered.get(key);
    if (!answer) {
      if (this.remembered.size >= REMEMBERED_MAX) this.remembered.clear();
      answer = this.query(snapshotId, filter, group, limit);
      answer.catch(() => this.remembered.delete(key));
      this.remembered.set(key, answer);
    }
    return answer;
  }

  private async query(snapshotId: string, filter: FlowFilter, group: FlowGroup, limit?: number): Promise<FlowRow[]> {
    const params: unknown[] = [snapshotId];
    const where = ['snapshot_id = $1'];
    if (filter.chainIds?.length) where.push(`chain_id = ANY($${params.push(filter.chainIds)}::text[])`);
    if (filter.fromMonth) where.push(`month >= to_date($${params.push(filter.fromMonth)}, 'YYYY-MM')`);
    if (filter.toMonth) where.push(`month <= to_date($${params.push(filter.toMonth)}, 'YYYY-MM')`);
    const columns = GROUP_COLUMNS[group];
    const keys = columns.length ? `ARRAY[${columns.join(', ')}]::text[]` : `'{}'::text[]`;
    const rows: Record<string, string | string[]>[] = await this.dataSource.query(`
      SELECT ${keys} AS key, sum(introduced) AS introduced, sum(concluded) AS concluded, sum(order_amount_cny) AS amount,
        coalesce(sum(introduced) FILTER (WHERE ${CROSS}), 0) AS cross_introduced, coalesce(sum(concluded) FILTER (WHERE ${CROSS}), 0) AS cross_concluded,
        coalesce(sum(order_amount_cny) FILTER (WHERE ${CROSS}), 0) AS cross_amount
      FROM ${TABLE(group)} WHERE ${where.join(' AND ')}
      ${columns.length ? `GROUP BY ${columns.join(', ')}` : ''}
      ORDER BY ${limit ? 'sum(introduced) DESC, sum(concluded) DESC, 1' : '1'} ${limit ? `LIMIT ${Math.floor(limit)}` : ''}`, params);
    return rows.filter((row) => row.introduced !== null).map((row) => ({
      key: row.key as string[],
      introduced: Number(row.introduced), concluded: Number(row.concluded), orderAmountCny: Number(row.amount),
      crossBorderIntroduced: Number(row.cross_introduced), crossBorderConcluded: Number(row.cross_concluded),
      crossBorderOrderAmountCny: Number(row.cross_amount),
    }));
  }
}
