import { Progress, Table, Typography } from 'antd';
import type { MatchFactorName } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatScore } from './format';

export interface FactorRow {
  factor: MatchFactorName;
  value: number;
  weight: number;
  contribution: number;
  sentenceZh: string;
  sentenceEn: string;
}

/** Why a match was made: one row per factor, largest share of the score first, in the reader's language. */
export function ExplanationCard({ score, factors }: { score: number; factors: readonly FactorRow[] }) {
  const { t, language } = useI18n();
  const rows = [...factors].sort((a, b) => b.contribution - a.contribution);
  return (
    <div className="explanation" aria-label={t.matches.explanation}>
      <Typography.Text strong>{t.common.score}: {formatScore(score)}</Typography.Text>
      <Table<FactorRow>
        rowKey="factor"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 560 }}
        columns={[
          { title: t.matches.factor, key: 'factor', render: (_, row) => t.factors[row.factor], width: 120 },
          { title: t.matches.explanation, key: 'sentence', render: (_, row) => (language === 'zh' ? row.sentenceZh : row.sentenceEn) },
          { title: t.matches.value, key: 'value', render: (_, row) => formatScore(row.value), width: 70 },
          { title: t.matches.weight, key: 'weight', render: (_, row) => row.weight.toFixed(2), width: 70 },
          {
            title: t.matches.contribution, key: 'contribution', width: 150,
            render: (_, row) => (
              <Progress percent={Math.round((row.contribution / (score || 1)) * 100)} size="small" format={() => formatScore(row.contribution)}
                aria-label={`${t.factors[row.factor]} ${formatScore(row.contribution)}`} />
            ),
          },
        ]}
      />
    </div>
  );
}
