import { Card, Timeline } from 'antd';
import type { MatchStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../shared/format';

interface Step {
  fromStatus?: MatchStatus | null;
  toStatus: MatchStatus;
  at: string;
  note?: string | null;
}

/** Every step of the match, oldest first; notes show for curators only (the API leaves them out for the parties). */
export function MatchTimeline({ steps }: { steps: readonly Step[] }) {
  const { t, language } = useI18n();
  return (
    <Card title={<h2 className="card-title">{t.matches.timeline}</h2>}>
      <Timeline
        items={steps.map((step) => ({
          key: step.at + step.toStatus,
          content: (
            <>
              <strong>{t.matchStatuses[step.toStatus]}</strong> · {formatDateTime(language, step.at)}
              {step.note && <div>{step.note}</div>}
            </>
          ),
        }))}
      />
    </Card>
  );
}
