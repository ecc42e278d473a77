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
