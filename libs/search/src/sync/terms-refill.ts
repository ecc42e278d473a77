import { ShadowTables, type SqlSession } from '@chainmatch/database';
import type { ListingDocument } from '../engine/listing-document.js';
import type { AnalysisPool } from '../text/analysis-pool.js';
import { insertTermsSql, TERMS_TABLE } from './listing-term-rows.js';

/**
 * A rebuild's scoring terms: every searchable listing's, analysed on every core (termRows) into a
 * fresh copy of the terms table, swapped in when the rebuild commits — the terms of listings no
 * longer searchable go with the old table.
 */
export class TermsRefill {
  private constructor(
    private readonly tables: ShadowTables<'terms'>,
    private readonly rows: AnalysisPool<readonly ListingDocument[], string>,
    private readonly db: SqlSession,
  ) {}

  static async begin(db: SqlSession, rows: AnalysisPool<readonly ListingDocument[], string>): Promise<TermsRefill> {
    return new TermsRefill(await ShadowTables.create(db, { terms: TERMS_TABLE }), rows, db);
  }

  async write(documents: readonly ListingDocument[]): Promise<void> {
    await this.db.query(insertTermsSql(this.tables.names.terms, 'insert'), [await this.rows.run(documents)]);
  }

  async commit(): Promise<void> {
    await this.rows.close();
    await this.tables.swapIn();
  }

  async abort(): Promise<void> {
    await this.rows.close();
    await this.tables.drop();
  }
}
