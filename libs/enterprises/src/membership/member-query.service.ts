import { assertActsForEnterprise, assertCovers, Role, UserEntity, type AuthUser } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import { readKeysetPage, type Connection, type KeysetOrder } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { enterpriseRequired, unknownEnterprise } from '../enterprise.errors.js';
import { EnterpriseService } from '../enterprise.service.js';
import type { EnterpriseMembersArgs } from './membership.types.js';

const FIRST_JOINED_FIRST: KeysetOrder<UserEntity> = {
  sortColumn: 'member.createdAt',
  idColumn: 'member.id',
  direction: 'ASC',
  sortValueOf: (member) => member.createdAt,
  idOf: (member) => member.id,
};

/** What a member list shows of an account: never its password hash. */
const MEMBER_COLUMNS = ['id', 'email', 'displayName', 'role', 'enterpriseId', 'allianceId', 'createdAt'].map((column) => `member.${column}`);

/** Reads an enterprise's member accounts for those who may see them. */
@Injectable()
export class MemberQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enterprises: EnterpriseService,
    private readonly config: AppConfig,
  ) {}

  /** The enterprise's accounts that can sign in, first joined first. */
  async list(args: EnterpriseMembersArgs, caller: AuthUser): Promise<Connection<UserEntity>> {
    const enterpriseId = await this.enterpriseToList(args.enterpriseId, caller);
    const query = this.dataSource.getRepository(UserEntity).createQueryBuilder('member').select(MEMBER_COLUMNS)
      .where('member.enterpriseId = :enterpriseId', { enterpriseId })
      .andWhere('member.disabledAt IS NULL');
    return readKeysetPage(query, args, FIRST_JOINED_FIRST, this.config.get('PAGE_SIZE_MAX'));
  }

  /**
   * Members list their own enterprise (which they may leave unnamed); staff one inside their
   * alliance's coverage, admins any, both naming it.
   */
  private async enterpriseToList(requested: string | undefined, caller: AuthUser): Promise<string> {
    const enterpriseId = requested ?? caller.enterpriseId ?? undefined;
    if (!enterpriseId) throw enterpriseRequired('enterpriseId');
    if (caller.role === Role.ENTERPRISE_MEMBER) {
      assertActsForEnterprise(caller, enterpriseId);
      return enterpriseId;
    }
    const enterprise = await this.enterprises.findById(enterpriseId, 'enterpriseId');
    if (!enterprise) throw unknownEnterprise('enterpriseId');
    assertCovers(caller, await this.enterprises.coverageTargetOf(enterprise));
    return enterpriseId;
  }
}
