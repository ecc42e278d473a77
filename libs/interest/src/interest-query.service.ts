import { assertActsForEnterprise, isAdmin, isMemberOf, type AuthUser } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import { newestFirst, readKeysetPage, type Connection } from '@chainmatch/core';
import { enterpriseRequired } from '@chainmatch/enterprises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InterestEntity, InterestStatus } from './interest.entity.js';
import type { InterestListArgs } from './interest.inputs.js';
import { InterestRepository } from './interest.repository.js';

/** SQL for one status as readers see it (see effectiveInterestStatus): PENDING past expiry is EXPIRED. */
const STATUS_CONDITION: Record<InterestStatus, string> = {
  [InterestStatus.PENDING]: `interest.status = 'PENDING' AND interest.expiresAt > now()`,
  [InterestStatus.EXPIRED]: `(interest.status = 'EXPIRED' OR (interest.status = 'PENDING' AND interest.expiresAt <= now()))`,
  [InterestStatus.ACCEPTED]: `interest.status = 'ACCEPTED'`,
  [InterestStatus.DECLINED]: `interest.status = 'DECLINED'`,
  [InterestStatus.WITHDRAWN]: `interest.status = 'WITHDRAWN'`,
};

type Side = 'ownerEnterpriseId' | 'senderEnterpriseId';

/** Reads interest for its two parties: one by id, and each enterprise's received and sent lists. */
@Injectable()
export class InterestQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: InterestRepository,
    private readonly config: AppConfig,
  ) {}

  /** The interest if the caller is a member of either enterprise, or an admin; null otherwise. */
  async findVisible(id: string, user: AuthUser | undefined): Promise<InterestEntity | null> {
    const interest = await this.repository.findById(id);
    return interest && mayRead(user, interest) ? interest : null;
  }

  listReceived(args: InterestListArgs, user: AuthUser): Promise<Connection<InterestEntity>> {
    return this.list('ownerEnterpriseId', args, user);
  }

  listSent(args: InterestListArgs, user: AuthUser): Promise<Connection<InterestEntity>> {
    return this.list('senderEnterpriseId', args, user);
  }

  private list(side: Side, args: InterestListArgs, user: AuthUser): Promise<Connection<InterestEntity>> {
    const enterpriseId = enterpriseToList(args.enterpriseId, user);
    const query = this.dataSource.getRepository(InterestEntity).createQueryBuilder('interest')
      .where(`interest.${side} = :enterpriseId`, { enterpriseId });
    if (args.status) query.andWhere(STATUS_CONDITION[args.status]);
    return readKeysetPage(query, args, newestFirst(query.alias), this.config.get('PAGE_SIZE_MAX'));
  }
}

/** Members list their own enterprise's interest (enterpriseId may be omitted); admins name one. */
function enterpriseToList(requested: string | undefined, user: AuthUser): string {
  const enterpriseId = requested ?? (isAdmin(user) ? undefined : user.enterpriseId ?? undefined);
  if (!enterpriseId) throw enterpriseRequired('enterpriseId');
  assertActsForEnterprise(user, enterpriseId);
  return enterpriseId;
}

function mayRead(user: AuthUser | undefined, interest: InterestEntity): boolean {
  return isAdmin(user) || isMemberOf(user, interest.ownerEnterpriseId) || isMemberOf(user, interest.senderEnterpriseId);
}
