import { Card, Select, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../api/use-session';
import { graphql } from '../../../gql';
import { format, useI18n } from '../../../i18n/i18n';
import { useReferenceData } from '../../../shared/reference-data';
import { isCurator } from '../../../shared/roles';
import { useLiveTick } from '../../../shared/use-live';
import { CsvButton } from '../csv-button';
import { RiskHeatmap, type ChosenCell } from './risk-heatmap';
import { UnmatchedDemandDrawer } from './unmatched-demand-drawer';

// ECharts (~180 kB gzipped) arrives after the heatmap, which needs none: the page is readable at once.
const ChainRiskGraph = lazy(() => import('./chain-risk-graph').then((module) => ({ default: module.ChainRiskGraph })));

const RISK_CHANGED = graphql(`
  subscription SegmentRiskChangedLive {
    segmentRiskChanged { segmentId provinceAdcode fromClass toClass risk { segment { nameZh nameEn } province { nameZh nameEn } } }
  }
`);

/**
 * Broken-chain risk of one chain: the heatmap of segments × provinces, and the chain drawn as a graph
 * in one area. Staff and admins hear reclassifications live and can open a cell's unmatched demand.
 */
export function RiskPage({ chainId, insightTick }: { chainId: string; insightTick: number }) {
  const { t, name } = useI18n();
  const curator = isCurator(useSession()?.user.role);
  const reference = useReferenceData();
  const [params, setParams] = useSearchParams();
  const area = params.get('area');
  const [chosen, setChosen] = useState<ChosenCell>();
  const riskTick = useLiveTick(RISK_CHANGED, ({ segmentRiskChanged: event }) => format(t.insight.riskChanged, {
    segment: event.risk ? name(event.risk.segment) : event.segmentId,
    area: event.risk?.province ? name(event.risk.province) : t.insight.region,
    from: t.insight.riskClasses[event.fromClass], to: t.insight.riskClasses[event.toClass],
  }), !curator);
  const liveTick = riskTick + insightTick;
  const setArea = (next: string) => setParams((previous) => {
    const updated = new URLSearchParams(previous);
    if (next) updated.set('area', next);
    else updated.delete('area');
    return updated;
  });

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<h2 className="card-title">{t.insight.heatmapTitle}</h2>}>
        <Typography.Paragraph type="secondary">{t.insight.heatmapHint}</Typography.Paragraph>
        {curator && <Typography.Paragraph type="secondary">{t.insight.heatmapStaffHint}</Typography.Paragraph>}
        <RiskHeatmap chainId={chainId} liveTick={liveTick} onChoose={curator ? setChosen : undefined} />
        <CsvButton table="segment-risks" params={{ chainId }} />
      </Card>
      <Card title={<h2 className="card-title">{t.insight.graphTitle}</h2>}>
        <Select aria-label={t.insight.area} style={{ minWidth: 160 }} value={area ?? ''} onChange={setArea}
          options={[{ value: '', label: t.insight.region }, ...(reference?.provinces ?? []).map((province) => ({ value: province.adcode, label: name(province) }))]} />
        <Suspense fallback={<Skeleton active />}>
          <ChainRiskGraph chainId={chainId} provinceAdcode={area} liveTick={liveTick} />
        </Suspense>
      </Card>
      {chosen && <UnmatchedDemandDrawer cell={chosen} onClose={() => setChosen(undefined)} />}
    </Space>
  );
}
