/** SQLSTATE codes the application reacts to. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';

export function isPostgresError(error: unknown, sqlState: string): error is { code: string; constraint?: string } {
  const candidate = (error as { driverError?: unknown })?.driverError ?? error;
  return typeof candidate === 'object' && candidate !== null && (candidate as { code?: unknown }).code === sqlState;
}

export function constraintOf(error: unknown): string | undefined {
  const candidate = (error as { driverError?: { constraint?: string } })?.driverError ?? (error as { constraint?: string });
  return candidate?.constraint;
}

/** SQLSTATE classes and codes that mean "the database cannot serve now": retry later, nothing is wrong with the request. */
const UNAVAILABLE_SQL_STATES = /^(08|57P0[1-3]|53300$)/; // connection exception; admin / crash shutdown, cannot connect now; too many connections
const UNAVAILABLE_SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** What pg and its pool say when a connection cannot be had or was lost (they carry no code). */
const UNAVAILABLE_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed)/;

/** Whether `error` (from pg, its pool or TypeORM) says the database is down or unreachable rather than that a query was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let candidate = error, depth = 0; candidate && typeof candidate === 'object' && depth < 5; depth++) {
    const { code, message, driverError, cause } = candidate as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQL_STATES.test(code) || UNAVAILABLE_SOCKET_ERRORS.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    if (candidate instanceof AggregateError && candidate.errors.some(isDatabaseUnavailable)) return true;
    candidate = driverError ?? cause;
  }
  return false;
}
