import { Column } from 'typeorm';

/**
 * Where a row lies: its county, the city and province that follow from it (stored for filtering
 * without a join), and a point when one is known. Enterprise and listing rows extend it, so the
 * columns are declared once.
 */
export abstract class PlaceColumns {
  @Column({ type: 'char', length: 6 })
  countyAdcode: string;

  @Column({ type: 'char', length: 6 })
  cityAdcode: string;

  @Column({ type: 'char', length: 6 })
  provinceAdcode: string;

  /** GCJ-02 latitude, or null: then the county seat stands for it. */
  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;
}
