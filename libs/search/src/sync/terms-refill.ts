import { ShadowTables, type SqlSession, type TableLoad } from '@chainmatch/database';
import type { ListingDocument } from '../engine/listing-document.js';
import type { AnalysisPool } from '../text/analysis-pool.js';
import { TERM_COLUMNS, TERMS_TABLE } from './listing-term-rows.js';

/**
 * A rebuild's scoring terms: every searchable listing's, analysed on every core (termCopyRows) and
 * loaded into a fresh copy of the terms table (see TableLoad), swapped in when the rebuild commits —
 * the terms of listings no longer searchable go with the old table.
 */
export class TermsRefill {
  private constructor(
    private readonly tables: ShadowTables<'terms'>,
    private readonly load: TableLoad,
    private readonly rows: AnalysisPool<readonly ListingDocument[], Uint8Array>,
  ) {}

  /** Takes `rows` over: closed by commit or abort, or here if the refill cannot begin. */
  static async begin(db: SqlSession, rows: AnalysisPool<readonly ListingDocument[], Uint8Array>): Promise<TermsRefill> {
    try {
      const tables = await ShadowTables.create(db, { terms: TERMS_TABLE });
      return new TermsRefill(tables, await tables.load('terms', TERM_COLUMNS), rows);
    } catch (error) {
      await rows.close();
      throw error;
    }
  }

  async write(documents: readonly ListingDocument[]): Promise<void> {
    await this.load.write(await this.rows.run(documents));
  }

  async commit(): Promise<void> {
    await this.rows.close();
    await this.load.commit();
    await this.tables.swapIn();
  }

  async abort(): Promise<void> {
    await this.rows.close();
    await this.load.abort();
    await this.tables.drop();
  }
}
