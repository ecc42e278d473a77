/** A dimension of measure: units convert only within one. */
export interface UnitDimensionRecord {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Code of the unit every other unit of the dimension converts through. */
  baseUnitCode: string;
}

/** One unit of the catalogue, as members see it and as listings store it (by code). */
export interface UnitRecord {
  code: string;
  dimension: string;
  /** How many of the dimension's base unit one of this unit is (1 t = 1000 kg). */
  toBase: number;
  nameZh: string;
  /** After any amount but one: "wafers", "kg". */
  nameEn: string;
  /** After the amount 1 and in "per …": "wafer", "kg". */
  nameEnOne: string;
  /** What members may type for it besides the code and the names. */
  aliases: string[];
}

export class UnitCatalogueError extends Error {}

/**
 * The key an alias is looked up by: full-width forms and ㎡/m² folded (NFKC), case, spaces,
 * hyphens, underscores and middle dots dropped, so "Rack-months", "rack months" and "机柜·月" /
 * "机柜月" each find their unit.
 */
export function aliasKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-_·・]/g, '');
}

/**
 * The units catalogue: lookups by code, alias and name, and conversion within a dimension. Built
 * from the reference data; refuses data in which a code or alias names two units or a dimension lacks its base.
 */
export class UnitCatalogue {
  private readonly byCode = new Map<string, UnitRecord>();
  private readonly byAlias = new Map<string, UnitRecord>();
  private readonly dimensionsById = new Map<string, UnitDimensionRecord>();
  private keys?: ReadonlySet<string>;

  constructor(dimensions: readonly UnitDimensionRecord[], units: readonly UnitRecord[]) {
    for (const dimension of dimensions) this.dimensionsById.set(dimension.id, dimension);
    for (const unit of units) {
      if (!this.dimensionsById.has(unit.dimension)) throw new UnitCatalogueError(`unit ${unit.code} names an unknown dimension ${unit.dimension}`);
      this.byCode.set(unit.code, unit);
      for (const alias of new Set([unit.code, ...unit.aliases].map(aliasKey))) {
        const taken = this.byAlias.get(alias);
        if (taken && taken !== unit) throw new UnitCatalogueError(`"${alias}" names both ${taken.code} and ${unit.code}`);
        this.byAlias.set(alias, unit);
      }
    }
    // Display names may repeat (颗 and 件 are both "pcs" in English): a shared name reads as the first unit listed.
    for (const unit of units) {
      for (const name of [unit.nameZh, unit.nameEn, unit.nameEnOne].map(aliasKey)) {
        if (!this.byAlias.has(name)) this.byAlias.set(name, unit);
      }
    }
    for (const dimension of dimensions) {
      if (this.byCode.get(dimension.baseUnitCode)?.toBase !== 1) {
        throw new UnitCatalogueError(`dimension ${dimension.id} needs its base unit ${dimension.baseUnitCode} with to_base 1`);
      }
    }
  }

  units(): UnitRecord[] {
    return [...this.byCode.values()];
  }

  dimensions(): UnitDimensionRecord[] {
    return [...this.dimensionsById.values()];
  }

  unit(code: string): UnitRecord | undefined {
    return this.byCode.get(code);
  }

  dimension(id: string): UnitDimensionRecord | undefined {
    return this.dimensionsById.get(id);
  }

  /** The unit a member's text names (a code, a name or an alias), if any. */
  resolve(text: string): UnitRecord | undefined {
    return this.byAlias.get(aliasKey(text));
  }

  /** Every key that names a unit: for telling units apart from product words in free text. */
  aliasKeys(): ReadonlySet<string> {
    this.keys ??= new Set(this.byAlias.keys());
    return this.keys;
  }

  /** See convertAmount. */
  convert(amount: number, from: UnitRecord, to: UnitRecord): number | null {
    return convertAmount(amount, from, to);
  }
}

/** `amount` of `from` expressed in `to`, or null when the two measure different things. */
export function convertAmount(amount: number, from: UnitRecord, to: UnitRecord): number | null {
  if (from.dimension !== to.dimension) return null;
  return from.code === to.code ? amount : (amount * from.toBase) / to.toBase;
}
