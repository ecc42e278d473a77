import type { SearchNear } from '../engine/search-engine.port.js';
import type { SqlParams } from './pg-search-sql.js';

/** The mean Earth radius search_distance_km uses. */
const EARTH_RADIUS_KM = 6371.0088;
/** Kilometres per degree of latitude on that sphere. */
const KM_PER_DEGREE = (2 * Math.PI * EARTH_RADIUS_KM) / 360;
/** Widens a box by more than floating-point rounding can move a point, so the box never shuts out a listing the exact distance keeps. */
const ROUNDING_MARGIN = 1e-9;

/** Great-circle kilometres from `near` to the row's point; NULL without a point. */
export function distanceOf(near: SearchNear | undefined, params: SqlParams, alias: string): string {
  return near ? `search_distance_km(${alias}.lat, ${alias}.lng, ${params.add(near.lat)}, ${params.add(near.lng)})` : 'NULL::float8';
}

/**
 * Within the radius, for the facts table: a box around the point's unit vector (its GiST index
 * serves it; see SearchGeoCube), then the exact great-circle distance.
 */
export function factsWithin(near: SearchNear | undefined, params: SqlParams): string[] {
  if (near?.radiusKm === undefined) return [];
  const chord = 2 * Math.sin(Math.min(Math.PI, near.radiusKm / EARTH_RADIUS_KM) / 2);
  const box = `f.xyz <@ cube_enlarge(${params.add(unitVector(near))}::cube, ${params.add(chord + ROUNDING_MARGIN)}, 3)`;
  return [box, `${distanceOf(near, params, 'f')} <= ${params.add(near.radiusKm)}`];
}

/**
 * Within the radius, for a text table: the grid cells covering it (the second column of the
 * table's GIN index, so the text scan yields only matches in them), then a latitude–longitude box
 * on the row, then the exact distance.
 */
export function textWithin(near: SearchNear | undefined, params: SqlParams, alias: string): string[] {
  if (near?.radiusKm === undefined) return [];
  const latSpan = near.radiusKm / KM_PER_DEGREE;
  const widestLat = Math.min(89, Math.abs(near.lat) + latSpan);
  const lngSpan = Math.min(180, near.radiusKm / (KM_PER_DEGREE * Math.cos((widestLat * Math.PI) / 180)));
  const box = { south: near.lat - latSpan, north: near.lat + latSpan, west: near.lng - lngSpan, east: near.lng + lngSpan };
  const cells = cellCover(box);
  const [west, south, east, north] = [box.west, box.south, box.east, box.north].map((v) => params.add(v));
  return [
    ...(cells ? [`search_geo_cells(${alias}.lat, ${alias}.lng) && ${params.add(cells)}::bigint[]`] : []),
    `${alias}.lng BETWEEN ${west} AND ${east} AND ${alias}.lat BETWEEN ${south} AND ${north}`,
    `${distanceOf(near, params, alias)} <= ${params.add(near.radiusKm)}`,
  ];
}

/** The grids of search_geo_cells (migration SearchGeoCells): squares of 0.01° × 2^k, k = 0 … 7. */
const CELL_DEGREES = 0.01;
const CELL_LEVELS = 8;
/** A cover of more cells per side costs the index scan more than it saves; the next level's are twice as large. */
const MAX_COVER_SIDE = 8;

export interface GeoBox {
  south: number;
  north: number;
  west: number;
  east: number;
}

/**
 * The cells of the finest grid that covers the box with at most MAX_COVER_SIDE cells a side, as
 * search_geo_cells numbers them; undefined when even the coarsest needs more (or the box crosses a
 * pole or the antimeridian): the search then goes without.
 */
export function cellCover(box: GeoBox): number[] | undefined {
  const [south, north, west, east] = [box.south - ROUNDING_MARGIN, box.north + ROUNDING_MARGIN, box.west - ROUNDING_MARGIN, box.east + ROUNDING_MARGIN];
  if (south < -90 || north > 90 || west < -180 || east > 180) return undefined;
  for (let level = 0; level < CELL_LEVELS; level += 1) {
    const size = CELL_DEGREES * 2 ** level;
    const [firstRow, lastRow] = [south, north].map((lat) => Math.floor((lat + 90) / size));
    const [firstColumn, lastColumn] = [west, east].map((lng) => Math.floor((lng + 180) / size));
    if (lastRow - firstRow >= MAX_COVER_SIDE || lastColumn - firstColumn >= MAX_COVER_SIDE) continue;
    const cells: number[] = [];
    for (let row = firstRow; row <= lastRow; row += 1) {
      for (let column = firstColumn; column <= lastColumn; column += 1) cells.push(level * 1e12 + row * 1e6 + column);
    }
    return cells;
  }
  return undefined;
}

/**
 * Nearest first in the facts table: the straight line between unit vectors grows with the
 * great-circle distance, so this orders as the distance does and the GiST index returns rows in
 * that order (listings without a point have no vector and come last).
 */
export function factsNearestFirst(near: SearchNear, params: SqlParams): string {
  return `f.xyz <-> ${params.add(unitVector(near))}::cube`;
}

/** The point on the unit sphere, as a cube literal. */
function unitVector({ lat, lng }: SearchNear): string {
  const [phi, lambda] = [(lat * Math.PI) / 180, (lng * Math.PI) / 180];
  return `(${Math.cos(phi) * Math.cos(lambda)}, ${Math.cos(phi) * Math.sin(lambda)}, ${Math.sin(phi)})`;
}
