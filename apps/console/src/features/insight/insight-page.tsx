import { Result } from 'antd';
import { useI18n } from '../../i18n/i18n';

/** A route held for the chain insight pages, which arrive with the insight API. */
export default function InsightPage() {
  const { t } = useI18n();
  return <Result status="info" title={<h1 className="page-title">{t.insight.title} · {t.insight.notYet}</h1>} subTitle={t.insight.notYetBody} />;
}
