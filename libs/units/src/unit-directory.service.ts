import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UnitCatalogue } from './unit-catalogue.js';
import { UnitDimensionEntity, UnitEntity } from './unit.entities.js';

/** The units catalogue as the database holds it, in memory: small, read on every listing write and match. */
@Injectable()
export class UnitDirectory implements OnModuleInit {
  private current = new UnitCatalogue([], []);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const [dimensions, units] = await Promise.all([
      this.dataSource.getRepository(UnitDimensionEntity).find({ order: { position: 'ASC' } }),
      this.dataSource.getRepository(UnitEntity).find({ order: { position: 'ASC' } }),
    ]);
    this.current = new UnitCatalogue(
      dimensions.map(({ id, nameZh, nameEn, baseUnitCode }) => ({ id, nameZh, nameEn, baseUnitCode })),
      units.map(({ code, dimensionId, toBase, nameZh, nameEn, nameEnOne, aliases }) => ({ code, dimension: dimensionId, toBase, nameZh, nameEn, nameEnOne, aliases })),
    );
  }

  get catalogue(): UnitCatalogue {
    return this.current;
  }
}
