import { boundsOf, CELL_DEGREES, provinceAreas, type AreaCell } from './province-areas';

describe('provinceAreas: a sketch of the provinces from county seats', () => {
  // Two seats one degree apart east–west, of provinces 0 and 1.
  const seats = [{ lng: 120, lat: 30, province: 0 }, { lng: 121, lat: 30, province: 1 }];
  const bounds = boundsOf(seats);
  const cells = provinceAreas(seats, bounds);
  const cellAt = (lng: number, lat: number): AreaCell | undefined =>
    cells.find((cell) => Math.abs(cell.lng - lng) <= CELL_DEGREES / 2 && Math.abs(cell.lat - lat) <= CELL_DEGREES / 2);

  it('gives each cell the province of its nearest seat', () => {
    expect(cellAt(120.1, 30)?.province).toBe(0);
    expect(cellAt(120.9, 30)?.province).toBe(1);
  });

  it('leaves out what no seat is near (sea, the far side of a lake)', () => {
    expect(cellAt(120.5, bounds.maxLat - CELL_DEGREES / 2)).toBeUndefined();
    expect(cells.length).toBeGreaterThan(0);
  });

  it('marks the sides that border the other province or the outside, and no others', () => {
    const eastOfSeat0 = cells.filter((cell) => cell.province === 0 && Math.abs(cell.lat - 30) < CELL_DEGREES / 2).sort((a, b) => b.lng - a.lng)[0];
    const neighbour = cellAt(eastOfSeat0.lng + CELL_DEGREES, eastOfSeat0.lat);
    expect(neighbour?.province).toBe(1);
    expect(eastOfSeat0.borders & 2).toBe(2); // east: province 1
    expect(neighbour!.borders & 8).toBe(8); // west: province 0
    expect(cellAt(120, 30)!.borders).toBe(0); // inside
  });
});
