/**
 * Every risk figure is measured inside an area: one province, or the whole region. In the SQL an
 * area is a province adcode or this marker; stored rows carry a null province for the region.
 */
export const REGION_AREA = 'YRD';

export { REGION_PROVINCE_ADCODES } from '@chainmatch/regions';

/** A figure that differs by area: its expression for the row's province and for the region. */
export interface AreaColumn {
  name: string;
  inProvince: string;
  inRegion: string;
}

/**
 * A lateral join giving each row its two areas: `areas.area` is its province, then the region,
 * with `areas.<name>` for each column that differs between them.
 */
export const eachArea = (provinceColumn: string, columns: AreaColumn[] = []) => {
  const values = (area: string, pick: (column: AreaColumn) => string) => [area, ...columns.map(pick)].join(', ');
  return `CROSS JOIN LATERAL (VALUES (${values(`${provinceColumn}::text`, (c) => c.inProvince)}), (${values(`'${REGION_AREA}'`, (c) => c.inRegion)}))`
    + ` AS areas(${['area', ...columns.map((c) => c.name)].join(', ')})`;
};

export const provinceOfArea = (area: string): string | null => (area === REGION_AREA ? null : area);

export const areaKey = (segmentId: string, area: string) => `${segmentId}|${area}`;
