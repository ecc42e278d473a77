import { Typography } from 'antd';
import type { RiskCellFieldsFragment } from '../../../gql/graphql';
import { format, useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPercent } from '../../../shared/format';

/** Why a segment has its class in an area: its figures, then each reason (decisive ones first, in bold) in the reader's language. */
export function RiskReasons({ cell }: { cell: RiskCellFieldsFragment }) {
  const { t, language, name } = useI18n();
  const figures = [
    format(t.insight.figures, { demand: cell.demandListings, supply: cell.supplyListings, suppliers: cell.suppliers }),
    cell.hhi != null && format(t.insight.hhi, { value: formatNumber(language, cell.hhi) }),
    cell.topCity && format(t.insight.topCity, { city: name({ nameZh: cell.topCity.nameZh, nameEn: cell.topCity.nameEnUnique }), share: formatPercent(language, cell.topCityShare) }),
    cell.localSupplyRate != null && format(t.insight.localSupply, { rate: formatPercent(language, cell.localSupplyRate) }),
  ].filter(Boolean);
  return (
    <div className="risk-reasons">
      <Typography.Paragraph className="risk-figures">{figures.join(' · ')}</Typography.Paragraph>
      {cell.previousClass && cell.previousClass !== cell.riskClass && (
        <Typography.Paragraph type="secondary">{format(t.insight.previousClass, { class: t.insight.riskClasses[cell.previousClass] })}</Typography.Paragraph>
      )}
      <ul aria-label={t.insight.reasons}>
        {cell.reasons.map((reason, index) => (
          <li key={`${reason.code}-${index}`} className={reason.decisive ? 'decisive' : undefined}>
            {language === 'zh' ? reason.sentenceZh : reason.sentenceEn}
          </li>
        ))}
      </ul>
    </div>
  );
}
