import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export type ContactGrantSource = 'MATCH' | 'INTEREST';

/**
 * Who may see whose contact details beyond the default (own members, covering staff, admins):
 * the two enterprises of an introduced match, or of an accepted expression of interest.
 */
@Injectable()
export class ContactGrantService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reveals each enterprise's contacts to the other; idempotent. Pass the caller's transaction. */
  async grantMutual(a: string, b: string, source: ContactGrantSource, sourceId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO contact_grant (viewer_enterprise_id, owner_enterprise_id, source, source_id)
       VALUES ($1, $2, $3, $4), ($2, $1, $3, $4) ON CONFLICT DO NOTHING`,
      [a, b, source, sourceId],
    );
  }

  /** Of `ownerIds`, the enterprises whose contacts `viewerEnterpriseId` has been granted (one query). */
  async grantedOwners(viewerEnterpriseId: string, ownerIds: readonly string[]): Promise<Set<string>> {
    const rows: { owner_enterprise_id: string }[] = await this.dataSource.query(
      `SELECT owner_enterprise_id FROM contact_grant WHERE viewer_enterprise_id = $1 AND owner_enterprise_id = ANY($2::uuid[])`,
      [viewerEnterpriseId, ownerIds],
    );
    return new Set(rows.map((row) => row.owner_enterprise_id));
  }
}
