import type { RiskClass } from '../../../gql/graphql';

/** Worst first, as the legend reads. */
export const RISK_SEVERITY: RiskClass[] = ['BROKEN', 'AT_RISK', 'SINGLE_SOURCE', 'CONCENTRATED', 'THIN', 'HEALTHY', 'INACTIVE'];

/**
 * A colour per class (red for broken through green for healthy, grey for no activity) with a text
 * colour of at least 4.5:1 contrast on it; every cell also says its class in words.
 */
export const RISK_COLOURS: Record<RiskClass, { fill: string; text: string }> = {
  BROKEN: { fill: '#c41d1d', text: '#ffffff' },
  AT_RISK: { fill: '#fa8c16', text: '#1f1f1f' },
  SINGLE_SOURCE: { fill: '#fadb14', text: '#1f1f1f' },
  CONCENTRATED: { fill: '#d3adf7', text: '#1f1f1f' },
  THIN: { fill: '#fff1b8', text: '#1f1f1f' },
  HEALTHY: { fill: '#95de64', text: '#1f1f1f' },
  INACTIVE: { fill: '#f0f0f0', text: '#434343' },
};

