import { curatesCondition, type AuthUser } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import { BadUserInputError, CoreErrorReason, readKeysetPage, resolvePageSize, type Connection, type PageArgs } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LexiconEditEntity } from '../edits/lexicon-edit.entity.js';
import { lexiconCoverageColumns } from '../lexicon-coverage.js';
import { LexiconService } from '../lexicon.service.js';
import { termKey } from '../model/lexicon.js';
import { termsOf, type TermGroup } from '../model/lexicon.types.js';
import type { LexiconGroupFilter } from './lexicon.inputs.js';
import type { LexiconEdit, LexiconGroup } from './lexicon.types.js';

/** Reads of the lexicon: groups from the in-memory snapshot (paged by id), edits from the audit trail. */
@Injectable()
export class LexiconQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lexicon: LexiconService,
    private readonly config: AppConfig,
  ) {}

  group(id: string): LexiconGroup | null {
    const group = this.lexicon.current().group(id);
    return group ? this.toGraph(group) : null;
  }

  groups(filter: LexiconGroupFilter = {}, page: PageArgs): Connection<LexiconGroup> {
    const size = resolvePageSize(page.first, this.config.get('PAGE_SIZE_MAX'));
    const after = page.after === undefined ? '' : decodeGroupCursor(page.after);
    const needle = filter.text ? termKey(filter.text) : undefined;
    const matching = this.lexicon.current().groups().filter((group) =>
      (!filter.chainId || group.chainId === filter.chainId) && (!filter.segmentId || group.segments.includes(filter.segmentId))
      && (!needle || termsOf(group).some((term) => termKey(term).includes(needle))));
    const rest = matching.filter((group) => group.id > after);
    const edges = rest.slice(0, size).map((group) => ({ cursor: encodeGroupCursor(group.id), node: this.toGraph(group) }));
    return {
      edges,
      totalCount: matching.length,
      pageInfo: {
        hasNextPage: rest.length > size, hasPreviousPage: after !== '',
        startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** The audit trail, newest first; staff see the edits of the chains their alliance covers. */
  async edits(filter: { groupId?: string; chainId?: string }, page: PageArgs, user: AuthUser): Promise<Connection<LexiconEdit>> {
    const query = this.dataSource.getRepository(LexiconEditEntity).createQueryBuilder('edit');
    if (filter.groupId) query.andWhere('edit.groupId = :groupId', { groupId: filter.groupId });
    if (filter.chainId) query.andWhere('edit.chainId = :chainId', { chainId: filter.chainId });
    const covered = curatesCondition(user, lexiconCoverageColumns('edit.chainId'));
    query.andWhere(covered.where, covered.params);
    const connection = await readKeysetPage(query, page, {
      sortColumn: 'edit.editedAt', idColumn: 'edit.id', sortValueOf: (edit) => edit.editedAt, idOf: (edit) => edit.id,
    }, this.config.get('PAGE_SIZE_MAX'));
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: this.editToGraph(edge.node) })) };
  }

  editToGraph(edit: LexiconEditEntity): LexiconEdit {
    const { groupData, previous, revision: _revision, affectedTerms: _terms, ...rest } = edit;
    return {
      ...rest,
      group: groupData && this.toGraph(groupData, edit.version),
      previous: previous && this.toGraph(previous, edit.version - 1),
    };
  }

  toGraph(group: TermGroup, version = this.lexicon.versionOf(group.id)): LexiconGroup {
    return {
      id: group.id, chainId: group.chainId, segmentIds: group.segments, type: group.type, zh: group.zh, variants: group.variants,
      en: group.en, abbr: group.abbr, broaderId: group.broader ?? null, version,
    };
  }
}

const encodeGroupCursor = (id: string) => Buffer.from(JSON.stringify(['lexicon', id])).toString('base64url');

function decodeGroupCursor(cursor: string): string {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded[0] === 'lexicon' && typeof decoded[1] === 'string') return decoded[1];
  } catch {
    // falls through to the refusal
  }
  throw BadUserInputError.of('after', 'is not a cursor this API issued for lexiconGroups', CoreErrorReason.INVALID_CURSOR);
}
