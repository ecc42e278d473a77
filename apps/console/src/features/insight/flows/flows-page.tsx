import { Card, DatePicker, Empty, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { InsightFlowsQuery } from '../../../gql/graphql';
import { format, useI18n } from '../../../i18n/i18n';
import { formatCny, formatDateTime, formatPercent } from '../../../shared/format';
import { useReloadOn } from '../../../shared/use-reload-on';
import { CsvButton } from '../csv-button';
import { FlowMatrix } from './flow-matrix';

const FLOWS = graphql(`
  query InsightFlows($filter: FlowFilter) {
    integrationFlows(filter: $filter) {
      snapshot { takenAt }
      totals { introduced concluded orderAmountCny crossBorderShare crossBorderConcludedShare }
      provinceMatrix { supplyProvince { adcode nameZh nameEn } demandProvince { adcode nameZh nameEn } crossBorder introduced concluded orderAmountCny }
      topCityPairs(first: 10) { supplyCity { adcode nameZh nameEnUnique } demandCity { adcode nameZh nameEnUnique } introduced concluded }
      byMonth { month figures { introduced concluded orderAmountCny } }
    }
  }
`);

type Flows = NonNullable<InsightFlowsQuery['integrationFlows']>;
type CityPair = Flows['topCityPairs'][number];
type MonthRow = Flows['byMonth'][number];

/** Matches introduced and concluded between the provinces (the 4 × 4 matrix), top city pairs and months. */
export function FlowsPage({ chainId, insightTick }: { chainId: string | undefined; insightTick: number }) {
  const { t, name, language } = useI18n();
  const [months, setMonths] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const filter = useMemo(() => ({
    chainIds: chainId ? [chainId] : undefined, fromMonth: months?.[0]?.format('YYYY-MM'), toMonth: months?.[1]?.format('YYYY-MM'),
  }), [chainId, months]);
  const [{ data, fetching }, reload] = useQuery({ query: FLOWS, variables: { filter } });
  useReloadOn(insightTick, reload);
  const flows = data?.integrationFlows;
  const cityName = (city: { nameZh: string; nameEnUnique: string }) => name({ nameZh: city.nameZh, nameEn: city.nameEnUnique });
  const csvParams = { chainId, fromMonth: filter.fromMonth, toMonth: filter.toMonth };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<h2 className="card-title">{t.insight.flowsTitle}</h2>}>
        <DatePicker.RangePicker picker="month" value={months} onChange={(range) => setMonths(range)} aria-label={t.insight.months} allowEmpty={[true, true]} />
        {fetching && !data ? <Skeleton active /> : !flows ? <Empty description={t.insight.noSnapshot} /> : (
          <>
            <Typography.Paragraph type="secondary" className="flow-as-of">{format(t.insight.asOf, { date: formatDateTime(language, flows.snapshot.takenAt!) })}</Typography.Paragraph>
            <Space wrap size="large" className="flow-totals">
              <Statistic title={t.insight.introduced} value={flows.totals.introduced} />
              <Statistic title={t.insight.concluded} value={flows.totals.concluded} />
              <Statistic title={t.insight.orderAmount} value={formatCny(t, language, flows.totals.orderAmountCny)} />
              <Statistic title={t.insight.crossBorderShare} value={formatPercent(language, flows.totals.crossBorderShare)} />
              <Statistic title={t.insight.crossBorderConcludedShare} value={formatPercent(language, flows.totals.crossBorderConcludedShare)} />
            </Space>
            <FlowMatrix cells={flows.provinceMatrix} />
            <Space wrap>
              <CsvButton table="province-flows" params={csvParams} />
              <CsvButton table="city-flows" params={csvParams} />
              <CsvButton table="monthly-flows" params={csvParams} />
            </Space>
          </>
        )}
      </Card>
      {flows && (
        <Card title={<h2 className="card-title">{t.insight.topCityPairs}</h2>}>
          <Table<CityPair> size="small" pagination={false} rowKey={(pair) => `${pair.supplyCity.adcode}-${pair.demandCity.adcode}`} dataSource={flows.topCityPairs}
            locale={{ emptyText: t.insight.noFlows }} scroll={{ x: 480 }} columns={[
              { title: t.insight.supplyCity, key: 'supply', render: (_, pair) => cityName(pair.supplyCity) },
              { title: t.insight.demandCity, key: 'demand', render: (_, pair) => cityName(pair.demandCity) },
              { title: t.insight.introduced, dataIndex: 'introduced', align: 'right' },
              { title: t.insight.concluded, dataIndex: 'concluded', align: 'right' },
            ]} />
          <h3 className="card-subtitle">{t.insight.byMonth}</h3>
          <Table<MonthRow> size="small" pagination={false} rowKey="month" dataSource={flows.byMonth} locale={{ emptyText: t.insight.noFlows }} scroll={{ x: 480 }} columns={[
            { title: t.insight.month, dataIndex: 'month' },
            { title: t.insight.introduced, key: 'introduced', align: 'right', render: (_, row) => row.figures.introduced },
            { title: t.insight.concluded, key: 'concluded', align: 'right', render: (_, row) => row.figures.concluded },
            { title: t.insight.orderAmount, key: 'amount', align: 'right', render: (_, row) => formatCny(t, language, row.figures.orderAmountCny) },
          ]} />
        </Card>
      )}
    </Space>
  );
}
