import { Role, type AuthUser, type Coverage } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import { ForbiddenError, readKeysetPage, UnauthenticatedError, type Connection, type KeysetOrder, type PageArgs } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity.js';
import type { AuditLogFilter } from './audit-log.inputs.js';

/** Newest first by (at, id); audit ids are bigint. */
const NEWEST_FIRST: KeysetOrder<AuditLogEntity> = {
  sortColumn: 'audit.at', idColumn: 'audit.id', sortValueOf: (entry) => entry.at, idOf: (entry) => entry.id, idKind: 'bigint',
};

const EQUALS: [keyof AuditLogFilter, string][] = [
  ['action', 'audit.action'], ['actorUserId', 'audit.actorUserId'], ['targetType', 'audit.targetType'],
  ['targetId', 'audit.targetId'], ['outcome', 'audit.outcome'],
];

// A target lies in a coverage as it is now: its province and one of its chains both covered.
// Column names, not properties: TypeORM does not rewrite property paths inside these subqueries.
const LISTING_COVERED = `(audit.target_type = 'LISTING' AND EXISTS (SELECT 1 FROM listing l WHERE l.id = audit.target_id
  AND l.province_adcode = ANY(:provinces) AND l.chain_id = ANY(:chains)))`;
const ENTERPRISE_COVERED = `(audit.target_type = 'ENTERPRISE' AND EXISTS (SELECT 1 FROM enterprise e WHERE e.id = audit.target_id
  AND e.province_adcode = ANY(:provinces) AND EXISTS (SELECT 1 FROM enterprise_segment es JOIN segment s ON s.id = es.segment_id
    WHERE es.enterprise_id = e.id AND s.chain_id = ANY(:chains))))`;
// A match: its chain, and the province of either side (as its curation is covered).
const MATCH_COVERED = `(audit.target_type = 'MATCH' AND EXISTS (SELECT 1 FROM match m WHERE m.id = audit.target_id
  AND m.chain_id = ANY(:chains) AND (m.demand_province_adcode = ANY(:provinces) OR m.supply_province_adcode = ANY(:provinces))))`;

/** Reads the audit log: newest first, filtered, keyset pages with the central cap. */
@Injectable()
export class AuditLogQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * Admins see every entry; alliance staff only those about listings, enterprises and matches inside their
   * alliance's coverage (other targets are not theirs to see). Checked here as well as by the
   * resolver's rule, so no other caller of the service can read past it.
   */
  list(user: AuthUser | undefined, filter: AuditLogFilter, page: PageArgs): Promise<Connection<AuditLogEntity>> {
    if (!user) throw new UnauthenticatedError();
    if (user.role !== Role.ADMIN && user.role !== Role.ALLIANCE_STAFF) {
      throw new ForbiddenError('only admins and alliance staff read the audit log', 'ROLE_NOT_ALLOWED');
    }
    const query = this.filtered(filter);
    if (user.role === Role.ALLIANCE_STAFF) restrictToCoverage(query, user.coverage);
    return readKeysetPage(query, page, NEWEST_FIRST, this.config.get('PAGE_SIZE_MAX'));
  }

  private filtered(filter: AuditLogFilter): SelectQueryBuilder<AuditLogEntity> {
    const query = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('audit');
    for (const [key, column] of EQUALS) {
      if (filter[key] !== undefined && filter[key] !== null) query.andWhere(`${column} = :${key}`, { [key]: filter[key] });
    }
    if (filter.from) query.andWhere('audit.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('audit.at < :to', { to: filter.to });
    return query;
  }
}

function restrictToCoverage(query: SelectQueryBuilder<AuditLogEntity>, coverage: Coverage | null): void {
  if (!coverage) {
    query.andWhere('false');
    return;
  }
  query.andWhere(new Brackets((covered) => covered.where(LISTING_COVERED).orWhere(ENTERPRISE_COVERED).orWhere(MATCH_COVERED)), {
    provinces: coverage.provinceAdcodes,
    chains: coverage.chainIds,
  });
}
