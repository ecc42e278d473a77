import { BadUserInputError } from '../errors/domain-error.js';

/** Keyset position: the sort timestamp and id of the last row seen. */
export interface CursorPosition {
  sortValue: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sortValue.toISOString(), position.id])).toString('base64url');
}

/** Decodes a cursor, refusing anything this API did not issue before it reaches SQL. */
export function decodeCursor(cursor: string, field = 'after'): CursorPosition {
  const decoded = parseJson(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (Array.isArray(decoded) && decoded.length === 2) {
    const [sortValue, id] = decoded as unknown[];
    if (typeof sortValue === 'string' && typeof id === 'string' && UUID.test(id) && !Number.isNaN(Date.parse(sortValue))) {
      return { sortValue: new Date(sortValue), id };
    }
  }
  throw BadUserInputError.of(field, 'is not a cursor this API issued', 'INVALID_CURSOR');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
