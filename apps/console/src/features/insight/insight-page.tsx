import { Select, Space, Tabs, Typography } from 'antd';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../api/use-session';
import { format, useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/zh';
import { PageLoading } from '../../shared/page-loading';
import { useReferenceData } from '../../shared/reference-data';
import { isCurator } from '../../shared/roles';
import { RecomputeButton } from './recompute-button';
import './insight.css';

// Each view is its own chunk: ECharts comes with the two that draw (the chain graph, the map) only.
const RiskPage = lazy(() => import('./risk/risk-page').then((module) => ({ default: module.RiskPage })));
const ClustersPage = lazy(() => import('./clusters/clusters-page').then((module) => ({ default: module.ClustersPage })));
const FlowsPage = lazy(() => import('./flows/flows-page').then((module) => ({ default: module.FlowsPage })));
const LeadersPage = lazy(() => import('./leaders/leaders-page').then((module) => ({ default: module.LeadersPage })));

type View = keyof Messages['insight']['tabs'];
const VIEWS: View[] = ['risk', 'clusters', 'flows', 'leaders'];

/**
 * Chain insight for everyone: broken-chain risk, the cluster map, flows between the provinces and
 * chain leaders, each at /insight/<view>?chain=<id>; staff and admins also recompute on demand.
 */
export default function InsightPage() {
  const { t, name } = useI18n();
  const reference = useReferenceData();
  const role = useSession()?.user.role;
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [insightTick, setInsightTick] = useState(0);
  const onRecomputed = useCallback(() => setInsightTick((tick) => tick + 1), []);
  const view = VIEWS.find((candidate) => location.pathname === `/insight/${candidate}`) ?? 'risk';
  const chains = reference?.chains ?? [];
  const chosen = params.get('chain') ?? undefined;
  // The heatmap is of one chain: the first until the reader picks one; the other views default to all chains.
  const chainId = view === 'risk' ? chosen ?? chains[0]?.id : chosen;
  const chain = chains.find((candidate) => candidate.id === chainId);
  const setChain = (next: string) => setParams(next ? { chain: next } : {});
  const props = { chainId, insightTick };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">{t.insight.title}</Typography.Title>
      <Space wrap>
        <Select aria-label={t.insight.chain} style={{ minWidth: 200 }} value={chainId ?? ''} onChange={setChain}
          options={[...(view === 'risk' ? [] : [{ value: '', label: t.insight.allChains }]), ...chains.map((option) => ({ value: option.id, label: name(option) }))]} />
        {chain?.leadProvince && <Typography.Text type="secondary">{format(t.insight.leadProvince, { province: name(chain.leadProvince) })}</Typography.Text>}
        {isCurator(role) && <RecomputeButton onDone={onRecomputed} />}
      </Space>
      <Tabs activeKey={view} onChange={(key) => navigate({ pathname: `/insight/${key}`, search: params.toString() })}
        items={VIEWS.map((key) => ({ key, label: t.insight.tabs[key] }))} />
      <Suspense fallback={<PageLoading />}>
        {view === 'risk' && chainId && <RiskPage {...props} chainId={chainId} />}
        {view === 'clusters' && <ClustersPage {...props} />}
        {view === 'flows' && <FlowsPage {...props} />}
        {view === 'leaders' && <LeadersPage {...props} />}
      </Suspense>
    </Space>
  );
}
