import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

// RFC 3339 date-time with a time-zone offset; four-digit years (0001–9999) keep every value inside
// both JavaScript's Date and PostgreSQL's timestamptz.
const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/;

export const DATE_TIME_RULE = 'must be an RFC 3339 date-time with a time zone, e.g. 2026-03-01T08:00:00Z or 2026-03-01T16:00:00+08:00';

/** The instant an RFC 3339 date-time names, or undefined when it names none (2026-13-45, now, year 0). */
export function parseDateTime(text: string): Date | undefined {
  const parts = RFC_3339.exec(text);
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number);
  const [offsetHours, offsetMinutes] = [Number(parts[10] ?? 0), Number(parts[11] ?? 0)];
  if (year < 1 || hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const calendar = new Date(Date.UTC(year, month - 1, day));
  calendar.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return undefined;
  const instant = new Date(text.replace(/^(\d{4}-\d{2}-\d{2})[t ]/i, '$1T').replace(/z$/, 'Z'));
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** Whether a literal in a document is a date-time this scalar accepts (checked by a validation rule, which knows its path). */
export function isDateTimeLiteral(node: ValueNode): boolean {
  return node.kind === Kind.STRING && parseDateTime(node.value) !== undefined;
}

/**
 * DateTime, strictly: an RFC 3339 string with a time zone naming a real instant, nothing else
 * (`new Date(value)` would take "now", 1e20 or year −271821 and hand SQL an invalid or
 * out-of-range date). A variable that is none is refused by GraphQL's variable coercion
 * (BAD_USER_INPUT naming the variable); a literal by the argument-literals validation rule, which
 * names the argument path — so parseLiteral returns an invalid Date instead of throwing, which would
 * make graphql-js refuse it a second time without the path.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An RFC 3339 date-time with a time zone, such as 2026-03-01T08:00:00Z or 2026-03-01T16:00:00+08:00; returned at UTC.',
  serialize(value) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return value.toISOString();
  },
  parseValue(value) {
    const instant = typeof value === 'string' ? parseDateTime(value) : undefined;
    if (!instant) throw new GraphQLError(DATE_TIME_RULE);
    return instant;
  },
  parseLiteral(node) {
    return node.kind === Kind.STRING ? parseDateTime(node.value) ?? new Date(Number.NaN) : new Date(Number.NaN);
  },
});
