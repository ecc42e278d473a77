import { CoreErrorReason } from '../errors/core-error-reasons.js';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors/domain-error.js';
import type { Connection } from './connection.type.js';
import { decodeCursor, encodeCursor, type IdKind, type SortKind } from './cursor.js';
import { DEFAULT_PAGE_SIZE, type PageArgs } from './page-args.js';

export interface KeysetOrder<T> {
  /** Property path of the value to sort by, e.g. `listing.createdAt`; ties are broken by `idColumn`. */
  sortColumn: string;
  idColumn: string;
  sortValueOf(row: T): Date | number;
  idOf(row: T): string;
  /** DESC (the default: newest or highest first) or ASC. */
  direction?: 'ASC' | 'DESC';
  /** What `sortColumn` holds, so a cursor is checked against it; a timestamp unless said. */
  sortKind?: SortKind;
  /** What `idColumn` holds; a UUID unless said. */
  idKind?: IdKind;
}

/**
 * Newest first by a time column (`createdAt` unless said), ties broken by id: the order of most
 * lists. Spread it with `direction: 'ASC'` for oldest first.
 */
export function newestFirst<T extends { id: string }>(alias: string, options: { time?: keyof T & string; idKind?: IdKind } = {}): KeysetOrder<T> {
  const time = options.time ?? 'createdAt';
  return {
    sortColumn: `${alias}.${time}`,
    idColumn: `${alias}.id`,
    sortValueOf: (row) => (row as Record<string, unknown>)[time] as Date,
    idOf: (row) => row.id,
    direction: 'DESC',
    ...(options.idKind && { idKind: options.idKind }),
  };
}

/** Checks `first` against the central cap; the refusal names the argument. */
export function resolvePageSize(first: number | undefined, maxPageSize: number): number {
  const size = first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (!Number.isInteger(size) || size < 0 || size > maxPageSize) {
    throw BadUserInputError.of('first', `must be an integer from 0 to ${maxPageSize}`, CoreErrorReason.PAGE_SIZE_OUT_OF_RANGE);
  }
  return size;
}

/**
 * Reads one page of `query` in `order` (newest first unless it says otherwise), continuing after the
 * cursor in `page.after`.
 * Keyset rather than OFFSET pagination: a page costs the same wherever it is in the list.
 */
export async function readKeysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  order: KeysetOrder<T>,
  maxPageSize: number,
): Promise<Connection<T>> {
  const size = resolvePageSize(page.first, maxPageSize);
  const totalCount = await query.clone().getCount();
  const direction = order.direction ?? 'DESC';
  const paged = query.clone().orderBy(order.sortColumn, direction).addOrderBy(order.idColumn, direction).limit(size + 1);
  if (page.after) {
    const position = decodeCursor(page.after, 'after', order.sortKind, order.idKind);
    paged.andWhere(`(${order.sortColumn}, ${order.idColumn}) ${direction === 'DESC' ? '<' : '>'} (:cursorSort, :cursorId)`, {
      cursorSort: position.sortValue,
      cursorId: position.id,
    });
  }
  const rows = size === 0 ? [] : await paged.getMany();
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeCursor({ sortValue: order.sortValueOf(node), id: order.idOf(node) }) }));
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
