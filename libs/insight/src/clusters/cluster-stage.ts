import { registerEnumType } from '@nestjs/graphql';

/** Stage of development of a chain's cluster in a city, derived from its figures (see classifyCluster). */
export enum ClusterStage {
  DISPERSED = 'DISPERSED',
  EMERGING = 'EMERGING',
  GROWING = 'GROWING',
  MATURE = 'MATURE',
  DECLINING = 'DECLINING',
}

registerEnumType(ClusterStage, {
  name: 'ClusterStage',
  description: 'DISPERSED: too few enterprises to be a cluster; EMERGING: a cluster not yet growing fast nor mature; '
    + 'GROWING: live listings rising; MATURE: all three stages, a high location quotient and a large share of the chain; '
    + 'DECLINING: live listings falling.',
});
