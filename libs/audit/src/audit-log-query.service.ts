import { AuthErrorReason, coverageCondition, Role, type AuthUser, type Coverage, type CoverageColumns } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import { ForbiddenError, newestFirst, readKeysetPage, UnauthenticatedError, type Connection, type PageArgs } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { enterpriseCoverageColumns } from '@chainmatch/enterprises';
import { listingCoverageColumns } from '@chainmatch/listings';
import { matchCoverageColumns } from '@chainmatch/matching';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity.js';
import type { AuditLogFilter } from './audit-log.inputs.js';

/** Newest first by (at, id); audit ids are bigint. */
const NEWEST_FIRST = newestFirst<AuditLogEntity>('audit', { time: 'at', idKind: 'bigint' });

const EQUALS: [keyof AuditLogFilter, string][] = [
  ['action', 'audit.action'], ['actorUserId', 'audit.actorUserId'], ['targetType', 'audit.targetType'],
  ['targetId', 'audit.targetId'], ['outcome', 'audit.outcome'],
];

/**
 * Where each kind of target lies, as it is now: the audited row, found by the entry's target id,
 * judged by the coverage rule. Column names, not properties: TypeORM does not rewrite property
 * paths inside these subqueries.
 */
const COVERED_TARGETS: [targetType: string, table: string, columnsOf: (alias: string) => CoverageColumns][] = [
  ['LISTING', 'listing', listingCoverageColumns],
  ['ENTERPRISE', 'enterprise', enterpriseCoverageColumns],
  ['MATCH', 'match', matchCoverageColumns],
];

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
      throw new ForbiddenError('only admins and alliance staff read the audit log', AuthErrorReason.ROLE_NOT_ALLOWED);
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
  const covered = COVERED_TARGETS.map(([targetType, table, columnsOf]) => {
    const { where, params } = coverageCondition(coverage, columnsOf('target'));
    return { where: `(audit.target_type = '${targetType}' AND EXISTS (SELECT 1 FROM ${table} target WHERE target.id = audit.target_id AND ${where}))`, params };
  });
  query.andWhere(`(${covered.map((c) => c.where).join(' OR ')})`, Object.assign({}, ...covered.map((c) => c.params)));
}
