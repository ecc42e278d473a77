import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams } from 'echarts';
import { useMemo } from 'react';
import type { IndustrialClusterFieldsFragment } from '../../../gql/graphql';
import { format, useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPercent } from '../../../shared/format';
import type { City } from '../../../shared/reference-data';
import { EChart, type ChartOption } from '../charts/echart';
import { tooltipHtml } from '../charts/tooltip-html';
import { PROVINCE_TINTS, STAGE_COLOURS } from './cluster-colours';
import { boundsOf, CELL_DEGREES, LNG_SCALE, provinceAreas, type AreaCell, type Bounds, type Seat } from './province-areas';

const BORDER = '#8c8c8c';
const HALF = CELL_DEGREES / 2;

/** One cell of the province sketch: its tint, and a line on each side that is a border. */
function renderAreaCell(_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) {
  const [lng, lat, province, borders] = [0, 1, 2, 3].map((dimension) => Number(api.value(dimension)));
  const [left, top] = api.coord([lng - HALF, lat + HALF]);
  const [right, bottom] = api.coord([lng + HALF, lat - HALF]);
  const sides: [number, number, number, number][] = [[left, top, right, top], [right, top, right, bottom], [left, bottom, right, bottom], [left, top, left, bottom]];
  return {
    type: 'group' as const,
    silent: true,
    children: [
      { type: 'rect' as const, shape: { x: left, y: top, width: right - left + 0.5, height: bottom - top + 0.5 }, style: { fill: PROVINCE_TINTS[province] } },
      ...sides.filter((_, side) => borders & (1 << side)).map(([x1, y1, x2, y2]) => ({
        type: 'line' as const, shape: { x1, y1, x2, y2 }, style: { stroke: BORDER, lineWidth: 1 },
      })),
    ],
  };
}

/** Clusters of one city sit on a small ring around it, so each bubble can be pointed at. */
function ringOffset(index: number, count: number): [number, number] {
  if (count === 1) return [0, 0];
  const angle = (2 * Math.PI * index) / count;
  return [(0.16 * Math.cos(angle)) / LNG_SCALE, 0.16 * Math.sin(angle)];
}

interface MapData {
  bounds: Bounds;
  areas: AreaCell[];
  cities: City[];
  clusters: readonly IndustrialClusterFieldsFragment[];
}

function mapOption({ bounds, areas, cities, clusters }: MapData, i18n: ReturnType<typeof useI18n>): ChartOption {
  const { t, name, language } = i18n;
  const perCity = new Map<string, number>();
  const placed = clusters.map((cluster) => {
    const index = perCity.get(cluster.city.adcode) ?? 0;
    perCity.set(cluster.city.adcode, index + 1);
    return { cluster, index };
  });
  const cityName = (city: { nameZh: string; nameEnUnique: string }) => name({ nameZh: city.nameZh, nameEn: city.nameEnUnique });
  const stages = [...new Set(clusters.map((cluster) => cluster.stage))];
  return {
    animation: false,
    tooltip: { confine: true, formatter: (params: { data: { lines?: string[] } }) => (params.data.lines ? tooltipHtml(params.data.lines) : '') },
    grid: { left: 0, right: 0, top: 0, bottom: 0 },
    xAxis: { type: 'value', min: bounds.minLng, max: bounds.maxLng, show: false },
    yAxis: { type: 'value', min: bounds.minLat, max: bounds.maxLat, show: false },
    series: [
      { type: 'custom', name: 'provinces', renderItem: renderAreaCell, data: areas.map((cell) => [cell.lng, cell.lat, cell.province, cell.borders]), silent: true, z: 1 },
      {
        type: 'scatter', name: 'cities', z: 2, symbolSize: 4, itemStyle: { color: '#434343' },
        label: { show: true, position: 'right', fontSize: 10, color: '#262626', formatter: (params: { data: { label: string } }) => params.data.label },
        labelLayout: { hideOverlap: true },
        data: cities.map((city) => ({ value: [city.location.lng, city.location.lat], label: cityName(city), lines: [cityName(city)] })),
      },
      ...stages.map((stage) => ({
        type: 'scatter', name: stage, z: 3, itemStyle: { color: STAGE_COLOURS[stage], opacity: 0.8, borderColor: '#ffffff', borderWidth: 1 },
        data: placed.filter(({ cluster }) => cluster.stage === stage).map(({ cluster, index }) => {
          const [dLng, dLat] = ringOffset(index, perCity.get(cluster.city.adcode)!);
          return {
            value: [cluster.city.location.lng + dLng, cluster.city.location.lat + dLat],
            symbolSize: Math.min(48, 8 + 4 * Math.sqrt(cluster.enterprises)),
            lines: [
              `${cityName(cluster.city)} · ${name(cluster.chain)} · ${t.insight.clusterStages[cluster.stage]}`,
              `${t.insight.enterprises} ${cluster.enterprises} · ${t.insight.locationQuotient} ${cluster.locationQuotient == null ? '–' : formatNumber(language, cluster.locationQuotient)}`,
              `${t.insight.liveListings} ${cluster.liveListings} · ${t.insight.listingChange} ${formatPercent(language, cluster.listingChange)}`,
              ...cluster.evidence.filter((evidence) => evidence.decisive).map((evidence) => (language === 'zh' ? evidence.sentenceZh : evidence.sentenceEn)),
            ],
          };
        }),
      })),
    ],
  };
}

/**
 * The 41 cities from their coordinates on a sketch of the four provinces, with a bubble per cluster
 * (chain × city) coloured by stage. Drawn on plain value axes: lng east, lat north, in proportion.
 */
export function ClusterMap({ seats, cities, clusters }: { seats: Seat[]; cities: City[]; clusters: readonly IndustrialClusterFieldsFragment[] }) {
  const i18n = useI18n();
  const { bounds, areas } = useMemo(() => {
    const around = boundsOf(seats);
    return { bounds: around, areas: provinceAreas(seats, around) };
  }, [seats]);
  const option = useMemo(() => mapOption({ bounds, areas, cities, clusters }, i18n), [bounds, areas, cities, clusters, i18n]);
  const aspectRatio = ((bounds.maxLng - bounds.minLng) * LNG_SCALE) / (bounds.maxLat - bounds.minLat);
  return <EChart option={option} summary={format(i18n.t.insight.mapSummary, { n: clusters.length })} className="cluster-map" style={{ aspectRatio }} />;
}
