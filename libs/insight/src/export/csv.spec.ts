import { parse } from 'csv-parse/sync';
import { share, toCsv } from './csv.js';

describe('toCsv', () => {
  const columns = [{ header: 'name (名称)', value: (row: { name: string }) => row.name }, { header: 'n', value: () => 1 }];

  it('writes a byte-order mark, a header and CRLF rows that parse back as written', () => {
    const csv = toCsv(columns, [{ name: '苏州, "精密" 减速器' }]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(parse(csv, { bom: true, columns: true })).toEqual([{ 'name (名称)': '苏州, "精密" 减速器', n: '1' }]);
  });

  it('escapes cells a spreadsheet would run as a formula', () => {
    const [row]: Record<string, string>[] = parse(toCsv(columns, [{ name: '=HYPERLINK("http://x")' }]), { bom: true, columns: true });
    expect(row['name (名称)']).toBe('\'=HYPERLINK("http://x")');
  });

  it('rounds shares to four decimals and leaves undefined ones empty', () => {
    expect([share(1 / 3), share(null), share(undefined)]).toEqual([0.3333, '', '']);
  });
});
