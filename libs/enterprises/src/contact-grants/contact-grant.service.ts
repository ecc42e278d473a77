import { Transactions } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';

export type ContactGrantSource = 'MATCH' | 'INTEREST';

/**
 * Who may see whose contact details beyond the default (own members, covering staff, admins):
 * the two enterprises of an introduced match, or of an accepted expression of interest.
 */
@Injectable()
export class ContactGrantService {
  constructor(private readonly transactions: Transactions) {}

  /**
   * Reveals each enterprise's contacts to the other; idempotent. Only as part of the step that earns
   * it (an introduction, an accepted interest): outside its transaction it refuses to run, so a grant
   * never outlives a step that rolled back.
   */
  grantMutual(a: string, b: string, source: ContactGrantSource, sourceId: string): Promise<void> {
    return this.transactions.partOf('a contact grant', async () => {
      await this.transactions.tx.query(
        `INSERT INTO contact_grant (viewer_enterprise_id, owner_enterprise_id, source, source_id)
         VALUES ($1, $2, $3, $4), ($2, $1, $3, $4) ON CONFLICT DO NOTHING`,
        [a, b, source, sourceId],
      );
    });
  }

  /** Of `ownerIds`, the enterprises whose contacts `viewerEnterpriseId` has been granted (one query). */
  async grantedOwners(viewerEnterpriseId: string, ownerIds: readonly string[]): Promise<Set<string>> {
    const rows: { owner_enterprise_id: string }[] = await this.transactions.tx.query(
      `SELECT owner_enterprise_id FROM contact_grant WHERE viewer_enterprise_id = $1 AND owner_enterprise_id = ANY($2::uuid[])`,
      [viewerEnterpriseId, ownerIds],
    );
    return new Set(rows.map((row) => row.owner_enterprise_id));
  }
}
