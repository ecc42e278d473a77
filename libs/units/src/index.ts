import { CreateUnits1764000060000 } from './migrations/1764000060000-CreateUnits.js';
import { UnitDimensionEntity, UnitEntity } from './unit.entities.js';

export { aliasKey, convertAmount, UnitCatalogue, UnitCatalogueError } from './unit-catalogue.js';
export type { UnitDimensionRecord, UnitRecord } from './unit-catalogue.js';
export { UnitDirectory } from './unit-directory.service.js';
export { formatNumber, formatQuantity, unitOne } from './unit-format.js';
export type { Language } from './unit-format.js';
export { seedUnits, shippedUnitCatalogue } from './unit-seed.js';
export { Unit, UnitDimension } from './unit.types.js';
export { UnitsModule } from './units.module.js';

export const unitEntities = [UnitDimensionEntity, UnitEntity];
export const unitMigrations = [CreateUnits1764000060000];
