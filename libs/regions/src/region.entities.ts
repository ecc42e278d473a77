import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** Province-level unit (省 / 直辖市) by GB/T 2260 adcode. */
@Entity({ name: 'province' })
export class ProvinceEntity {
  @PrimaryColumn({ type: 'char', length: 6 })
  adcode: string;

  @Column()
  nameZh: string;

  @Column()
  nameEn: string;
}

/** Prefecture-level city (地级市); Shanghai is kept as one city, 310100. */
@Entity({ name: 'city' })
export class CityEntity {
  @PrimaryColumn({ type: 'char', length: 6 })
  adcode: string;

  @Column({ type: 'char', length: 6 })
  provinceAdcode: string;

  @ManyToOne(() => ProvinceEntity)
  @JoinColumn({ name: 'province_adcode' })
  province?: ProvinceEntity;

  @Column()
  nameZh: string;

  @Column()
  nameEn: string;

  /** Pinyin made unique across the region ("Suzhou, Jiangsu" vs "Suzhou, Anhui"). */
  @Column()
  nameEnUnique: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;
}

/** County-level unit (区 / 县 / 县级市). A few recent ones have no published coordinates. */
@Entity({ name: 'county' })
export class CountyEntity {
  @PrimaryColumn({ type: 'char', length: 6 })
  adcode: string;

  @Column({ type: 'char', length: 6 })
  cityAdcode: string;

  @ManyToOne(() => CityEntity)
  @JoinColumn({ name: 'city_adcode' })
  city?: CityEntity;

  @Column({ type: 'char', length: 6 })
  provinceAdcode: string;

  @Column()
  nameZh: string;

  @Column()
  nameEn: string;

  @Column()
  nameEnFull: string;

  @Column()
  kind: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;
}
