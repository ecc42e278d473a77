import {
  BadUserInputError, CoreErrorReason, decodeCursor, encodeCursor, isBigintId, resolvePageSize, type Connection, type PageArgs,
} from '@chainmatch/core';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Where a page of a snapshot's rows starts: snapshot rows never change, so a position in their order is a stable cursor. */
export interface SnapshotPosition {
  snapshotId: string;
  offset: number;
  size: number;
}

/** Refuses an id that is not a snapshot id before it reaches SQL (a bigint cast or range error otherwise). */
export function assertSnapshotId(id: string, field: string): void {
  if (!isBigintId(id)) throw BadUserInputError.of(field, 'is not a snapshot id', CoreErrorReason.INVALID_ID);
}

/**
 * The page asked for. A cursor names its snapshot, so later pages continue on the snapshot the
 * first was read from even if a newer one was computed meanwhile.
 */
export function snapshotPosition(page: PageArgs, servedSnapshotId: string | null, maxPageSize: number): SnapshotPosition | null {
  const size = resolvePageSize(page.first, maxPageSize);
  if (!page.after) return servedSnapshotId ? { snapshotId: servedSnapshotId, offset: 0, size } : null;
  const { sortValue, id } = decodeCursor(page.after, 'after', 'number', 'bigint');
  if (!Number.isInteger(sortValue) || (sortValue as number) < 0) throw BadUserInputError.of('after', 'is not a cursor this API issued', CoreErrorReason.INVALID_CURSOR);
  return { snapshotId: id, offset: (sortValue as number) + 1, size };
}

export function snapshotConnection<T>(rows: T[], totalCount: number, position: SnapshotPosition | null): Connection<T> {
  const edges = position
    ? rows.map((node, i) => ({ node, cursor: encodeCursor({ sortValue: position.offset + i, id: position.snapshotId }) }))
    : [];
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: position !== null && position.offset + edges.length < totalCount,
      hasPreviousPage: (position?.offset ?? 0) > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export const emptyConnection = <T>(): Connection<T> => snapshotConnection<T>([], 0, null);

/**
 * One page of a snapshot's rows: those `filtered` keeps, in the order `ordered` gives them, with the
 * total; empty before the first snapshot.
 */
export async function readSnapshotPage<T extends ObjectLiteral>(
  position: SnapshotPosition | null,
  filtered: (snapshotId: string) => SelectQueryBuilder<T>,
  ordered: (query: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
): Promise<Connection<T>> {
  if (!position) return emptyConnection();
  const query = filtered(position.snapshotId);
  const [rows, total] = await Promise.all([ordered(query.clone()).offset(position.offset).limit(position.size).getMany(), query.getCount()]);
  return snapshotConnection(rows, total, position);
}
