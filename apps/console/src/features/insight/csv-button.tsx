import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/zh';

export type CsvTable = keyof Messages['insight']['csvTables'];

/** A download of one insight table as the API exports it (GET /export/insight/<table>.csv, public, UTF-8 with BOM). */
export function CsvButton({ table, params = {} }: { table: CsvTable; params?: Record<string, string | undefined> }) {
  const { t } = useI18n();
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const href = `/export/insight/${table}.csv${query.size ? `?${query}` : ''}`;
  return (
    <Button size="small" icon={<DownloadOutlined />} href={href} download>
      {t.insight.csv} · {t.insight.csvTables[table]}
    </Button>
  );
}
