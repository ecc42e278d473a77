import { Alert, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../api/use-session';
import { graphql } from '../../gql';
import { format, useI18n } from '../../i18n/i18n';
import { ExplanationCard } from '../../shared/explanation-card';
import { formatCny, formatNumber } from '../../shared/format';
import { MatchStatusTag } from '../../shared/status-tags';
import { useLive } from '../../shared/use-live';
import { CurationActions } from '../curation/curation-actions';
import { MatchSide } from './match-side';
import { MatchTimeline } from './match-timeline';

const MATCH = graphql(`
  query MatchPage($id: ID!) {
    match(id: $id) {
      id status score version distanceKm dismissReason noDealReason orderAmountCny nextSteps createdAt
      explanation { factor value weight contribution sentenceZh sentenceEn }
      demandListing { ...MatchSideListing }
      supplyListing { ...MatchSideListing }
      timeline { fromStatus toStatus at note actorUserId }
    }
  }
`);

const MATCH_CHANGED = graphql(`subscription MatchPageMemberLive { myMatchChanged { matchId status } }`);
const QUEUE_CHANGED = graphql(`subscription MatchPageCuratorLive { curationQueueChanged { matchId status } }`);

/**
 * One match with both sides, the reasons and the timeline. Curators (covering staff, admins) get the
 * steps the API offers them; the two enterprises see contacts once introduced. Live for both.
 */
export default function MatchPage() {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const [{ data, fetching, error }, reload] = useQuery({ query: MATCH, variables: { id }, requestPolicy: 'cache-and-network' });
  const match = data?.match;
  const member = useSession()?.user.role === 'ENTERPRISE_MEMBER';
  const onEvent = (matchId: string) => matchId === id && reload({ requestPolicy: 'network-only' });
  useLive(MATCH_CHANGED, (event) => onEvent(event.myMatchChanged.matchId), !member);
  useLive(QUEUE_CHANGED, (event) => onEvent(event.curationQueueChanged.matchId), member);

  if (fetching && !match) return <Skeleton active />;
  if (error || !match) return <Alert type="warning" showIcon title={error?.message ?? t.common.notFound} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t.curation.matchTitle} <MatchStatusTag status={match.status} />
      </Typography.Title>
      <Space wrap>
        {match.distanceKm != null && <Typography.Text>{format(t.matches.distance, { n: formatNumber(language, match.distanceKm, 1) })}</Typography.Text>}
        {match.orderAmountCny != null && <Typography.Text strong>{t.curation.orderAmount}: {formatCny(t, language, match.orderAmountCny)}</Typography.Text>}
        {match.dismissReason && <Typography.Text>{t.curation.dismissReason}: {t.dismissReasons[match.dismissReason as keyof typeof t.dismissReasons] ?? match.dismissReason}</Typography.Text>}
        {match.noDealReason && <Typography.Text>{t.curation.noDealReason}: {match.noDealReason}</Typography.Text>}
      </Space>
      <Row gutter={[24, 24]}>
        <Col xs={24} md={12}><MatchSide title={t.matches.demandSide} listing={match.demandListing} /></Col>
        <Col xs={24} md={12}><MatchSide title={t.matches.supplySide} listing={match.supplyListing} /></Col>
      </Row>
      {match.nextSteps.length > 0 && <CurationActions match={match} onDone={() => reload({ requestPolicy: 'network-only' })} />}
      <Card title={<h2 className="card-title">{t.matches.explanation}</h2>}>
        <ExplanationCard score={match.score} factors={match.explanation} />
      </Card>
      <MatchTimeline steps={match.timeline} />
    </Space>
  );
}
