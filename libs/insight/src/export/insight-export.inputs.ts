import { References } from '@chainmatch/core';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { ADCODE, SNAPSHOT_ID_FORMAT } from '../explain/insight.inputs.js';

export const EXPORT_TABLES = ['segment-risks', 'clusters', 'province-flows', 'city-flows', 'monthly-flows', 'chain-leaders'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Query parameters of /export/insight/<table>.csv; each table uses those that apply to it. */
export class ExportQuery {
  @IsOptional() @MaxLength(40) @References('chain')
  chainId?: string;

  @IsOptional() @Matches(ADCODE, { message: 'provinceAdcode must be a 6-digit adcode' }) @References('province')
  provinceAdcode?: string;

  @IsOptional() @Matches(SNAPSHOT_ID_FORMAT, { message: 'snapshotId must be a snapshot id' })
  snapshotId?: string;

  @IsOptional() @Matches(MONTH, { message: 'fromMonth must be a month as YYYY-MM' })
  fromMonth?: string;

  @IsOptional() @Matches(MONTH, { message: 'toMonth must be a month as YYYY-MM' })
  toMonth?: string;
}

export class ExportTableParam {
  @IsIn(EXPORT_TABLES, { message: `table must be one of ${EXPORT_TABLES.join(', ')}` })
  table: ExportTable;
}
