import { count, percent } from '../explain/format.js';
import type { LeaderFiguresRow } from './chain-leader.service.js';
import type { ChainLeaderFigures } from './chain-leader.types.js';

/** A leader's figures with the rate they make and the sentence that explains it. */
export function describeLeaderFigures(row: LeaderFiguresRow): ChainLeaderFigures {
  const rate = row.demandListings > 0 ? row.withRegionalSupplier / row.demandListings : null;
  return {
    takenAt: row.takenAt, demandListings: row.demandListings, withRegionalSupplier: row.withRegionalSupplier, localSupplyRate: rate,
    sentenceZh: `${row.demandListings} 条有效采购需求中，${row.withRegionalSupplier} 条已由区域内供应商对接（已介绍或已下单），本地配套率 ${percent(rate)}。`,
    sentenceEn: `Of ${count(row.demandListings, 'live demand listing')}, ${row.withRegionalSupplier} ${row.withRegionalSupplier === 1 ? 'has' : 'have'} `
      + 'a regional supplier introduced or ordered from: '
      + `a local supply rate of ${percent(rate)}.`,
  };
}
