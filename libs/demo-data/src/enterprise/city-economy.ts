/**
 * Approximate 2023 GDP in 100 million CNY (亿元), rounded: demo enterprises are spread over the
 * cities in proportion to their economic weight.
 */
const CITY_GDP: Record<string, number> = {
  '310100': 47_200, '320100': 17_400, '320200': 15_500, '320300': 8900, '320400': 10_100,
  '320500': 24_700, '320600': 11_800, '320700': 4400, '320800': 5000, '320900': 7400,
  '321000': 7400, '321100': 5300, '321200': 6700, '321300': 4400, '330100': 20_100,
  '330200': 16_500, '330300': 8700, '330400': 7100, '330500': 4000, '330600': 7800,
  '330700': 6000, '330800': 2100, '330900': 2100, '331000': 6200, '331100': 2000,
  '340100': 12_700, '340200': 4700, '340300': 2100, '340400': 1600, '340500': 2600,
  '340600': 1400, '340700': 1250, '340800': 2900, '341000': 1050, '341100': 3800,
  '341200': 3600, '341300': 2300, '341500': 2100, '341600': 2200, '341700': 1150,
  '341800': 1900,
};

/** A city the figures do not know (added by staff, or a test fixture) weighs like a small prefecture. */
const UNKNOWN_CITY_GDP = 2000;

export function economicWeightOf(cityAdcode: string): number {
  return Object.hasOwn(CITY_GDP, cityAdcode) ? CITY_GDP[cityAdcode] : UNKNOWN_CITY_GDP;
}

/** Relative share of each chain among all enterprises. */
const CHAIN_WEIGHT: Record<string, number> = {
  ic: 1.2, biomed: 1.2, ai: 1.1, nev: 1.3, display: 0.6, robotics: 0.8,
  new_materials: 1.2, eco: 0.9, aircraft: 0.4, textile: 1, health: 1,
};

/** Clusters a city is known for; their chains are three times as common there. */
const CITY_CLUSTERS: Record<string, string[]> = {
  '310100': ['ic', 'biomed', 'ai', 'aircraft'],
  '320100': ['ic', 'biomed', 'nev'],
  '320200': ['ic', 'eco'],
  '320300': ['robotics', 'eco'],
  '320400': ['nev', 'robotics', 'new_materials'],
  '320500': ['biomed', 'ic', 'new_materials', 'display'],
  '320600': ['textile', 'aircraft'],
  '320700': ['biomed', 'new_materials'],
  '321200': ['biomed', 'health'],
  '330100': ['ai', 'biomed', 'health'],
  '330200': ['new_materials', 'nev', 'textile'],
  '330400': ['textile', 'new_materials'],
  '330500': ['textile', 'nev'],
  '330600': ['textile', 'ic'],
  '331000': ['biomed', 'nev'],
  '340100': ['display', 'nev', 'ai', 'ic'],
  '340200': ['robotics', 'nev', 'aircraft'],
  '340700': ['new_materials'],
  '341600': ['health'],
  '341500': ['health'],
};

const CLUSTER_BOOST = 3;

export function chainWeightIn(cityAdcode: string, chainId: string): number {
  const base = Object.hasOwn(CHAIN_WEIGHT, chainId) ? CHAIN_WEIGHT[chainId] : 1;
  const clustered = Object.hasOwn(CITY_CLUSTERS, cityAdcode) && CITY_CLUSTERS[cityAdcode].includes(chainId);
  return clustered ? base * CLUSTER_BOOST : base;
}
