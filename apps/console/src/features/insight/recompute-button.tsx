import { App, Button, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { refusalText } from '../../api/errors';
import { graphql } from '../../gql';
import { format, useI18n } from '../../i18n/i18n';

const RECOMPUTE = graphql(`mutation RecomputeInsightNow { recomputeInsight { id status } }`);
const PROGRESS = graphql(`query InsightProgress($id: ID!) { insightSnapshot(id: $id) { id status stepsDone stepsTotal currentStep error } }`);

/** How often the progress of a recomputation is read while it runs. */
const POLL_MS = 1000;

/**
 * Staff and admins: recompute every insight table now, following the snapshot's progress step by
 * step; `onDone` when it has finished, so the pages read the new figures.
 */
export function RecomputeButton({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [snapshotId, setSnapshotId] = useState<string>();
  const [{ fetching: starting }, recompute] = useMutation(RECOMPUTE);
  const [{ data }, poll] = useQuery({ query: PROGRESS, variables: { id: snapshotId ?? '' }, pause: !snapshotId, requestPolicy: 'network-only' });
  const snapshot = data?.insightSnapshot?.id === snapshotId ? data?.insightSnapshot : undefined;

  useEffect(() => {
    if (!snapshot) return;
    if (snapshot.status === 'RUNNING') {
      const timer = setTimeout(() => poll({ requestPolicy: 'network-only' }), POLL_MS);
      return () => clearTimeout(timer);
    }
    setSnapshotId(undefined);
    if (snapshot.status === 'DONE') {
      void message.success(t.insight.recomputed);
      onDone();
    } else void message.error(snapshot.error ?? t.common.unknownError);
  }, [snapshot, poll, onDone, message, t]);

  const start = async () => {
    const result = await recompute({});
    if (result.error) return void message.error(refusalText(t, result.error));
    setSnapshotId(result.data?.recomputeInsight.id);
  };

  return (
    <>
      <Button onClick={start} loading={starting || Boolean(snapshotId)}>{t.insight.recompute}</Button>
      {snapshot?.status === 'RUNNING' && (
        <Typography.Text type="secondary" role="status">
          {format(t.insight.recomputing, { done: snapshot.stepsDone, total: snapshot.stepsTotal, step: snapshot.currentStep ?? '' })}
        </Typography.Text>
      )}
    </>
  );
}
