import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'unit_dimension' })
export class UnitDimensionEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  id: string;

  @Column()
  nameZh: string;

  @Column()
  nameEn: string;

  @Column({ type: 'varchar', length: 20 })
  baseUnitCode: string;

  @Column({ type: 'int' })
  position: number;
}

@Entity({ name: 'unit' })
export class UnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 20 })
  dimensionId: string;

  @Column({ type: 'double precision' })
  toBase: number;

  @Column()
  nameZh: string;

  @Column()
  nameEn: string;

  @Column()
  nameEnOne: string;

  @Column({ type: 'text', array: true })
  aliases: string[];

  @Column({ type: 'int' })
  position: number;
}
