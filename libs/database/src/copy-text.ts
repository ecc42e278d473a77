/** A value as COPY's text format takes it: null for NULL, a list of strings for a text[] column. */
export type CopyValue = string | number | boolean | null | undefined | readonly string[];

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Backslash, tab and line breaks escaped: whatever the text holds, it stays one field of one row. */
function escaped(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : text;
}

/** An array literal (`{"a","b \"c\""}`), every element quoted, so no element is read as NULL or split. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

function field(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escaped(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`COPY: ${value} is not a number PostgreSQL reads`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escaped(arrayLiteral(value));
}

/**
 * Rows in COPY's text format (tab between fields, a line a row), the columns in the order given:
 * what `COPY table (columns) FROM STDIN` reads. A JSON column takes its value as JSON text.
 */
export function copyText<Column extends string>(columns: readonly Column[], rows: readonly Record<Column, CopyValue>[]): string {
  let text = '';
  for (const row of rows) text += `${columns.map((column) => field(row[column])).join('\t')}\n`;
  return text;
}
