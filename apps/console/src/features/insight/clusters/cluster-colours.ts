import type { ClusterStage } from '../../../gql/graphql';

/** A cluster's stage as a colour, strong enough to tell apart on the pale provinces; its tag says the stage in words too. */
export const STAGE_COLOURS: Record<ClusterStage, string> = {
  MATURE: '#1554ad', GROWING: '#2b7a0b', EMERGING: '#ad6800', DECLINING: '#c41d1d', DISPERSED: '#595959',
};

/** Light tints of the four provinces on the map, in the order the API lists them (Shanghai, Jiangsu, Zhejiang, Anhui). */
export const PROVINCE_TINTS = ['#e6f4ff', '#f6ffed', '#fff7e6', '#f9f0ff'];
