import type { InsightFlowsQuery } from '../../../gql/graphql';
import { format, useI18n } from '../../../i18n/i18n';
import { formatCny } from '../../../shared/format';
import { FigureGrid } from '../figure-grid';

type Cell = NonNullable<InsightFlowsQuery['integrationFlows']>['provinceMatrix'][number];

/** The share of the busiest cell a cell holds, as the strength of its blue (text stays dark enough on it). */
const shade = (introduced: number, busiest: number) => `rgba(21, 84, 173, ${busiest === 0 ? 0 : (0.06 + 0.34 * introduced / busiest).toFixed(2)})`;

/** Supplier's province (rows) → buyer's (columns): introduced and concluded matches, with order amounts; cross-border cells framed. */
export function FlowMatrix({ cells }: { cells: readonly Cell[] }) {
  const { t, name, language } = useI18n();
  const provinces = [...new Map(cells.map((cell) => [cell.supplyProvince.adcode, cell.supplyProvince])).values()];
  const busiest = Math.max(0, ...cells.map((cell) => cell.introduced));
  const cellOf = (supply: string, demand: string) => cells.find((cell) => cell.supplyProvince.adcode === supply && cell.demandProvince.adcode === demand);
  return (
    <FigureGrid className="flow-matrix" caption={t.insight.flowsTitle} corner={t.insight.supplyProvince}
      columns={provinces.map((province) => ({ key: province.adcode, label: name(province) }))}>
      {provinces.map((supply) => (
        <tr key={supply.adcode}>
          <th scope="row">{name(supply)}</th>
          {provinces.map((demand) => {
            const cell = cellOf(supply.adcode, demand.adcode);
            return (
              <td key={demand.adcode} className={cell?.crossBorder ? 'flow-cell cross-border' : 'flow-cell'} style={{ background: shade(cell?.introduced ?? 0, busiest) }}>
                <span className="flow-figures">{format(t.insight.cellFlows, { introduced: cell?.introduced ?? 0, concluded: cell?.concluded ?? 0 })}</span>
                {cell && cell.orderAmountCny > 0 && <span className="flow-amount">{formatCny(t, language, cell.orderAmountCny)}</span>}
              </td>
            );
          })}
        </tr>
      ))}
    </FigureGrid>
  );
}
