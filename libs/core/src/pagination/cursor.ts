import { CoreErrorReason } from '../errors/core-error-reasons.js';
import { BadUserInputError } from '../errors/domain-error.js';
import { parseDateTime } from '../scalars/date-time.scalar.js';

/** What a list is sorted by: a timestamp (most lists) or a number (a score). */
export type SortKind = 'timestamp' | 'number';

/** What the tie-breaking id column holds: a UUID (most tables) or a bigint (append-only logs). */
export type IdKind = 'uuid' | 'bigint';

/** Keyset position: the sort value and id of the last row seen. */
export interface CursorPosition {
  sortValue: Date | number;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Kept as a string: bigint ids may exceed JavaScript's safe integers, but not PostgreSQL's bigint.
const BIGINT = /^[1-9]\d{0,18}$/;
const BIGINT_MAX = 9_223_372_036_854_775_807n;

/** Whether `id` names a row of a bigint id column: digits within PostgreSQL's bigint (19 digits may not be). */
export const isBigintId = (id: string): boolean => BIGINT.test(id) && BigInt(id) <= BIGINT_MAX;

const ID_FORMAT: Record<IdKind, (id: string) => boolean> = {
  uuid: (id) => UUID.test(id),
  bigint: isBigintId,
};

export function encodeCursor(position: CursorPosition): string {
  const { sortValue, id } = position;
  return Buffer.from(JSON.stringify([sortValue instanceof Date ? sortValue.toISOString() : sortValue, id])).toString('base64url');
}

/**
 * Decodes a cursor, refusing anything this API did not issue before it reaches SQL — including a
 * cursor of a list sorted by another kind of value (a score cursor given to a newest-first list).
 */
export function decodeCursor(cursor: string, field = 'after', kind: SortKind = 'timestamp', idKind: IdKind = 'uuid'): CursorPosition {
  const decoded = parseJson(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (Array.isArray(decoded) && decoded.length === 2) {
    const [raw, id] = decoded as unknown[];
    const sortValue = parseSortValue(raw, kind);
    if (sortValue !== undefined && typeof id === 'string' && ID_FORMAT[idKind](id)) return { sortValue, id };
  }
  throw BadUserInputError.of(field, 'is not a cursor this API issued', CoreErrorReason.INVALID_CURSOR);
}

function parseSortValue(raw: unknown, kind: SortKind): Date | number | undefined {
  if (kind === 'number') return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
  return typeof raw === 'string' ? parseDateTime(raw) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
