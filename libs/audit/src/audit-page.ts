import { BadUserInputError, resolvePageSize, type Connection, type PageArgs } from '@chainmatch/core';
import type { SelectQueryBuilder } from 'typeorm';
import type { AuditLogEntity } from './audit-log.entity.js';

/**
 * Keyset pages of the audit log, newest first by (at, id). Core's readKeysetPage expects uuid ids;
 * audit ids are bigint, so the cursor and the page are read here, the same way and with the same
 * central cap (resolvePageSize).
 */
export interface AuditCursor {
  at: Date;
  id: string;
}

const BIGINT_ID = /^[1-9]\d{0,18}$/;

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
}

/** Refuses anything this API did not issue before it reaches SQL. */
export function decodeAuditCursor(cursor: string, field = 'after'): AuditCursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (Array.isArray(decoded) && decoded.length === 2) {
    const [at, id] = decoded as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && BIGINT_ID.test(id) && !Number.isNaN(Date.parse(at))) {
      return { at: new Date(at), id };
    }
  }
  throw BadUserInputError.of(field, 'is not a cursor this API issued', 'INVALID_CURSOR');
}

/** Reads one page of `query` (aliased `audit`), continuing after `page.after`. */
export async function readAuditPage(
  query: SelectQueryBuilder<AuditLogEntity>,
  page: PageArgs,
  maxPageSize: number,
): Promise<Connection<AuditLogEntity>> {
  const size = resolvePageSize(page.first, maxPageSize);
  const totalCount = await query.clone().getCount();
  const paged = query.clone().orderBy('audit.at', 'DESC').addOrderBy('audit.id', 'DESC').limit(size + 1);
  if (page.after) {
    const position = decodeAuditCursor(page.after);
    paged.andWhere('(audit.at, audit.id) < (:cursorAt, :cursorId)', { cursorAt: position.at, cursorId: position.id });
  }
  const rows = size === 0 ? [] : await paged.getMany();
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeAuditCursor({ at: node.at, id: node.id }) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
