import { stringify } from 'csv-stringify/sync';

/** A column of an export: its header (English, then Chinese) and how to read it from a row. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * CSV as a spreadsheet opens it: UTF-8 with a byte-order mark (so Excel reads the Chinese), quoted
 * as RFC 4180 needs, and cells that a spreadsheet would run as a formula (=, +, -, @ …) escaped —
 * names come from users.
 */
export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  return stringify(rows.map((row) => columns.map((column) => column.value(row) ?? '')), {
    bom: true, header: true, columns: columns.map((column) => column.header), escape_formulas: true, record_delimiter: 'windows',
  });
}

/** A share as a spreadsheet number with four decimals (e.g. 0.3333); empty when undefined. */
export const share = (value: number | null | undefined) => (value === null || value === undefined ? '' : Math.round(value * 10_000) / 10_000);
