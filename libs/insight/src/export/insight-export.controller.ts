import { CurrentUser, Public, type AuthUser } from '@chainmatch/auth';
import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InsightExportService } from './insight-export.service.js';
import { ExportQuery, ExportTableParam } from './insight-export.inputs.js';

/**
 * `GET /export/insight/<table>.csv` — each insight table as a file an analyst opens in a spreadsheet
 * (public aggregates, like the queries). Tables: segment-risks, clusters, province-flows,
 * city-flows, monthly-flows, chain-leaders; parameters chainId, provinceAdcode, snapshotId,
 * fromMonth, toMonth where they apply. A refusal is JSON with the error code, as over GraphQL.
 */
@Public()
@Controller('export/insight')
export class InsightExportController {
  constructor(private readonly exports: InsightExportService) {}

  @Get(':table.csv')
  @Header('Cache-Control', 'no-store')
  async download(@Param() { table }: ExportTableParam, @Query() query: ExportQuery, @Res() response: Response, @CurrentUser() user?: AuthUser): Promise<void> {
    const file = await this.exports.export(table, query, user);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    response.send(file.body);
  }
}
