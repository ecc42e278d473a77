import type { Bilingual } from '../explain/format.js';
import { RiskClass } from './risk-class.js';

export const RISK_CLASS_LABEL: Readonly<Record<RiskClass, Bilingual>> = {
  [RiskClass.BROKEN]: { zh: '断链', en: 'broken' },
  [RiskClass.AT_RISK]: { zh: '风险预警', en: 'at risk' },
  [RiskClass.SINGLE_SOURCE]: { zh: '单一来源', en: 'single source' },
  [RiskClass.CONCENTRATED]: { zh: '供应集中', en: 'concentrated' },
  [RiskClass.THIN]: { zh: '供应薄弱', en: 'thin' },
  [RiskClass.HEALTHY]: { zh: '健康', en: 'healthy' },
  [RiskClass.INACTIVE]: { zh: '无活动', en: 'inactive' },
};

/** The whole region, as an area. */
export const REGION_NAME: Bilingual = { zh: '长三角', en: 'the Yangtze River Delta' };
