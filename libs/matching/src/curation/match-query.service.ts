import { AuthErrorReason, coverageCondition, isAdmin, Role, type AuthUser } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import { ForbiddenError, readKeysetPage, type Connection, type PageArgs } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { MatchEntity, MatchEventEntity, type MatchStatus } from '../match.entity.js';
import { MY_MATCH_STATUSES } from './my-matches.inputs.js';
import { checkQueueFilter, queueOrder, queueStatuses } from './curation-queue.js';
import { matchCoverageColumns } from './match-access.js';
import { CurationSort, type CurationQueueFilter } from './curation.inputs.js';

type MatchQuery = SelectQueryBuilder<MatchEntity>;

/** Reads matches for curation: the queue (filtered, sorted, keyset pages) and timelines. */
@Injectable()
export class MatchQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  findById(id: string): Promise<MatchEntity | null> {
    return this.dataSource.getRepository(MatchEntity).findOneBy({ id });
  }

  /**
   * Staff see the matches their alliance covers, admins all. Checked here as well as by the
   * resolver's rule, so no other caller of the service can read past it.
   */
  queue(user: AuthUser, filter: CurationQueueFilter, sort: CurationSort | undefined, page: PageArgs): Promise<Connection<MatchEntity>> {
    checkQueueFilter(filter);
    const query = this.filtered(filter);
    restrictToCoverage(query, user);
    return readKeysetPage(query, page, queueOrder(sort), this.config.get('PAGE_SIZE_MAX'));
  }

  /** An enterprise's matches (it is the buyer or the supplier), best first. */
  ofEnterprise(enterpriseId: string, filter: { listingId?: string; statuses?: MatchStatus[] }, page: PageArgs): Promise<Connection<MatchEntity>> {
    const query = this.dataSource.getRepository(MatchEntity).createQueryBuilder('match')
      .where('(match.demandEnterpriseId = :enterpriseId OR match.supplyEnterpriseId = :enterpriseId)', { enterpriseId })
      .andWhere('match.status IN (:...statuses)', { statuses: filter.statuses?.length ? filter.statuses : MY_MATCH_STATUSES });
    if (filter.listingId) {
      query.andWhere('(match.demandListingId = :listingId OR match.supplyListingId = :listingId)', { listingId: filter.listingId });
    }
    return readKeysetPage(query, page, queueOrder(CurationSort.SCORE_DESC), this.config.get('PAGE_SIZE_MAX'));
  }

  /** The timeline of each match, oldest step first (one query for the batch). */
  async timelinesOf(matchIds: readonly string[]): Promise<MatchEventEntity[][]> {
    const events = matchIds.length === 0 ? [] : await this.dataSource.getRepository(MatchEventEntity).createQueryBuilder('event')
      .where('event.matchId = ANY(:matchIds)', { matchIds }).orderBy('event.at', 'ASC').addOrderBy('event.id', 'ASC').getMany();
    const byMatch = new Map<string, MatchEventEntity[]>();
    for (const event of events) byMatch.set(event.matchId, [...(byMatch.get(event.matchId) ?? []), event]);
    return matchIds.map((id) => byMatch.get(id) ?? []);
  }

  private filtered(filter: CurationQueueFilter): MatchQuery {
    const query = this.dataSource.getRepository(MatchEntity).createQueryBuilder('match');
    const anyOf = (column: string, values: string[] | undefined, name: string) => {
      if (values?.length) query.andWhere(`${column} IN (:...${name})`, { [name]: values });
    };
    anyOf('match.chainId', filter.chainIds, 'chainIds');
    anyOf('match.segmentId', filter.segmentIds, 'segmentIds');
    anyOf('match.status', queueStatuses(filter), 'statuses');
    if (filter.provinceAdcodes?.length) {
      query.andWhere('(match.demandProvinceAdcode IN (:...provinces) OR match.supplyProvinceAdcode IN (:...provinces))', {
        provinces: filter.provinceAdcodes,
      });
    }
    if (filter.minScore != null) query.andWhere('match.score >= :minScore', { minScore: filter.minScore });
    if (filter.maxScore != null) query.andWhere('match.score <= :maxScore', { maxScore: filter.maxScore });
    if (filter.createdAfter) query.andWhere('match.createdAt >= :createdAfter', { createdAfter: filter.createdAfter });
    if (filter.createdBefore) query.andWhere('match.createdAt < :createdBefore', { createdBefore: filter.createdBefore });
    return query;
  }
}

/** Admins see every match; staff those their alliance covers (see matchCoverageTarget). */
function restrictToCoverage(query: MatchQuery, user: AuthUser): void {
  if (isAdmin(user)) return;
  if (user.role !== Role.ALLIANCE_STAFF) throw new ForbiddenError('the curation queue is for alliance staff and admins', AuthErrorReason.ROLE_NOT_ALLOWED);
  const { where, params } = coverageCondition(user.coverage, matchCoverageColumns(query.alias));
  query.andWhere(where, params);
}
