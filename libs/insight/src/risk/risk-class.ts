import { registerEnumType } from '@nestjs/graphql';

/**
 * Broken-chain risk of a segment in an area, worst first. BROKEN, SINGLE_SOURCE, CONCENTRATED, THIN
 * and HEALTHY describe the supply as it is; AT_RISK is the early warning shown instead of any of
 * them but BROKEN (lapsing supply would make it worse, or demand jumped); INACTIVE: no live demand
 * or supply in the area.
 */
export enum RiskClass {
  BROKEN = 'BROKEN',
  AT_RISK = 'AT_RISK',
  SINGLE_SOURCE = 'SINGLE_SOURCE',
  CONCENTRATED = 'CONCENTRATED',
  THIN = 'THIN',
  HEALTHY = 'HEALTHY',
  INACTIVE = 'INACTIVE',
}

registerEnumType(RiskClass, {
  name: 'RiskClass',
  description: 'BROKEN: demand and no supplier in the area; AT_RISK: early warning (lapsing supply or a demand jump); '
    + 'SINGLE_SOURCE: one supplying enterprise; CONCENTRATED: HHI above the threshold or one city holding most supply; '
    + 'THIN: supply far below demand; HEALTHY; INACTIVE: no live demand or supply.',
});

/** Higher is worse; sorts lists worst first and decides whether losing lapsing supply makes a class worse. */
export const RISK_SEVERITY: Readonly<Record<RiskClass, number>> = {
  [RiskClass.BROKEN]: 6,
  [RiskClass.AT_RISK]: 5,
  [RiskClass.SINGLE_SOURCE]: 4,
  [RiskClass.CONCENTRATED]: 3,
  [RiskClass.THIN]: 2,
  [RiskClass.HEALTHY]: 1,
  [RiskClass.INACTIVE]: 0,
};

export const isWorse = (candidate: RiskClass, than: RiskClass) => RISK_SEVERITY[candidate] > RISK_SEVERITY[than];

/** Why a class is shown as AT_RISK. */
export enum RiskWarning {
  LAPSING_SUPPLY = 'LAPSING_SUPPLY',
  DEMAND_JUMP = 'DEMAND_JUMP',
}

registerEnumType(RiskWarning, {
  name: 'RiskWarning',
  description: 'LAPSING_SUPPLY: losing the supply that lapses soon would make the class worse; DEMAND_JUMP: new demand jumped against the previous period.',
});
