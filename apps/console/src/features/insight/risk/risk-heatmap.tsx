import { Empty, Popover, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { RiskCellFieldsFragment } from '../../../gql/graphql';
import { format, useI18n } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/format';
import { useReloadOn } from '../../../shared/use-reload-on';
import { FigureGrid } from '../figure-grid';
import { RISK_COLOURS, RISK_SEVERITY } from './risk-colours';
import { RiskReasons } from './risk-reasons';

graphql(`
  fragment RiskCellFields on SegmentRisk {
    id riskClass previousClass demandListings supplyListings suppliers hhi topCityShare localSupplyRate
    topCity { nameZh nameEnUnique }
    reasons { code decisive sentenceZh sentenceEn }
  }
`);

const HEATMAP = graphql(`
  query InsightRiskHeatmap($chainId: String!) {
    riskHeatmap(chainId: $chainId) {
      snapshot { id takenAt }
      provinces { adcode nameZh nameEn }
      rows { segment { id nameZh nameEn stage } region { ...RiskCellFields } provinces { ...RiskCellFields } }
    }
  }
`);

/** A cell the reader chose: a segment in a province, or in the whole region (provinceAdcode null). */
export interface ChosenCell {
  segment: { id: string; nameZh: string; nameEn: string };
  provinceAdcode: string | null;
  areaName: string;
}

interface CellProps {
  cell: RiskCellFieldsFragment;
  label: string;
  onChoose?: () => void;
}

/** One coloured cell saying its class; its reasons show on hover and on keyboard focus. */
function RiskCell({ cell, label, onChoose }: CellProps) {
  const { t } = useI18n();
  const colours = RISK_COLOURS[cell.riskClass];
  return (
    <Popover trigger={['hover', 'focus']} title={label} content={<RiskReasons cell={cell} />} classNames={{ root: 'risk-popover' }}>
      <button type="button" className="risk-cell" data-risk={cell.riskClass} style={{ background: colours.fill, color: colours.text }}
        aria-label={`${label}: ${t.insight.riskClasses[cell.riskClass]}`} onClick={cell.demandListings > 0 ? onChoose : undefined}>
        <span className="risk-cell-class">{t.insight.riskClasses[cell.riskClass]}</span>
        <span className="risk-cell-figures" aria-hidden>{cell.demandListings} / {cell.supplyListings}</span>
      </button>
    </Popover>
  );
}

export function RiskLegend() {
  const { t } = useI18n();
  return (
    <div className="risk-legend" aria-hidden>
      {RISK_SEVERITY.map((riskClass) => (
        <Tag key={riskClass}><i className="swatch" style={{ background: RISK_COLOURS[riskClass].fill }} />{t.insight.riskClasses[riskClass]}</Tag>
      ))}
    </div>
  );
}

/**
 * The chain's segments (rows, upstream first) × the region and each province (columns), each cell
 * coloured by its risk class; `onChoose` (staff) opens the demand still without a local supplier.
 */
export function RiskHeatmap({ chainId, liveTick, onChoose }: { chainId: string; liveTick: number; onChoose?: (cell: ChosenCell) => void }) {
  const { t, name, language } = useI18n();
  const [{ data, fetching }, reload] = useQuery({ query: HEATMAP, variables: { chainId } });
  useReloadOn(liveTick, reload);
  if (fetching && !data) return <Skeleton active />;
  const heatmap = data?.riskHeatmap;
  if (!heatmap) return <Empty description={t.insight.noSnapshot} />;
  const columns = [{ adcode: null, areaName: t.insight.region }, ...heatmap.provinces.map((province) => ({ adcode: province.adcode, areaName: name(province) }))];
  return (
    <>
      <Typography.Text type="secondary">{format(t.insight.asOf, { date: formatDateTime(language, heatmap.snapshot.takenAt!) })}</Typography.Text>
      <FigureGrid className="risk-heatmap" caption={t.insight.heatmapTitle} corner={t.insight.segment}
        columns={columns.map((column) => ({ key: column.adcode ?? 'region', label: column.areaName }))}>
        {heatmap.rows.map((row) => (
          <tr key={row.segment.id}>
            <th scope="row">{name(row.segment)} <span className="risk-stage">{t.stages[row.segment.stage]}</span></th>
            {[row.region, ...row.provinces].map((cell, index) => {
              const { adcode, areaName } = columns[index];
              return (
                <td key={adcode ?? 'region'}>
                  <RiskCell cell={cell} label={`${name(row.segment)} · ${areaName}`}
                    onChoose={onChoose && (() => onChoose({ segment: row.segment, provinceAdcode: adcode, areaName }))} />
                </td>
              );
            })}
          </tr>
        ))}
      </FigureGrid>
      <RiskLegend />
    </>
  );
}
