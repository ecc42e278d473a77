/**
 * A sketch of the four provinces drawn from the 305 county seats (no boundary data ships with the
 * app, and no tile server may be asked): each cell of a grid belongs to the province of its nearest
 * county seat, when one lies within REACH; edges between different provinces (or the outside) are
 * the drawn borders. Good enough to place a city; not an official boundary.
 */
export interface Seat {
  lng: number;
  lat: number;
  province: number;
}

export interface AreaCell {
  lng: number;
  lat: number;
  province: number;
  /** Sides that border another province or the outside: 1 north, 2 east, 4 south, 8 west. */
  borders: number;
}

export interface Bounds {
  minLng: number;
  maxLng: number;
  minLat: number;
  maxLat: number;
}

export const CELL_DEGREES = 0.1;
const REACH_DEGREES = 0.42;
/** East–west degrees shrink with latitude; at the region's middle (31°N) one is 0.857 of a north–south one. */
export const LNG_SCALE = Math.cos((31 * Math.PI) / 180);

export function boundsOf(seats: readonly Seat[]): Bounds {
  const lngs = seats.map((seat) => seat.lng);
  const lats = seats.map((seat) => seat.lat);
  return {
    minLng: Math.min(...lngs) - REACH_DEGREES, maxLng: Math.max(...lngs) + REACH_DEGREES,
    minLat: Math.min(...lats) - REACH_DEGREES, maxLat: Math.max(...lats) + REACH_DEGREES,
  };
}

function nearestProvince(seats: readonly Seat[], lng: number, lat: number): number | undefined {
  let best: Seat | undefined;
  let bestDistance = REACH_DEGREES ** 2;
  for (const seat of seats) {
    const distance = ((seat.lng - lng) * LNG_SCALE) ** 2 + (seat.lat - lat) ** 2;
    if (distance < bestDistance) {
      best = seat;
      bestDistance = distance;
    }
  }
  return best?.province;
}

export function provinceAreas(seats: readonly Seat[], bounds: Bounds): AreaCell[] {
  const columns = Math.ceil((bounds.maxLng - bounds.minLng) / CELL_DEGREES);
  const rows = Math.ceil((bounds.maxLat - bounds.minLat) / CELL_DEGREES);
  const grid: (number | undefined)[][] = [];
  for (let row = 0; row < rows; row++) {
    grid.push(Array.from({ length: columns }, (_, column) =>
      nearestProvince(seats, bounds.minLng + (column + 0.5) * CELL_DEGREES, bounds.minLat + (row + 0.5) * CELL_DEGREES)));
  }
  const cells: AreaCell[] = [];
  grid.forEach((line, row) => line.forEach((province, column) => {
    if (province === undefined) return;
    const differs = (r: number, c: number) => grid[r]?.[c] !== province;
    const borders = (differs(row + 1, column) ? 1 : 0) | (differs(row, column + 1) ? 2 : 0) | (differs(row - 1, column) ? 4 : 0) | (differs(row, column - 1) ? 8 : 0);
    cells.push({ lng: bounds.minLng + (column + 0.5) * CELL_DEGREES, lat: bounds.minLat + (row + 0.5) * CELL_DEGREES, province, borders });
  }));
  return cells;
}
