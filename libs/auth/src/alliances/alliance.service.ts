import { BadUserInputError } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountService } from '../accounts/account.service.js';
import { AllianceEntity, type UserEntity } from '../identity.entities.js';
import { Role, type AuthUser } from '../role.js';
import type { CreateAllianceInput, CreateStaffAccountInput } from './alliance.types.js';
import { AuthErrorReason } from '../auth.errors.js';

@Injectable()
export class AllianceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
  ) {}

  /** Admins see every alliance, staff their own. */
  list(user: AuthUser): Promise<AllianceEntity[]> {
    const repository = this.dataSource.getRepository(AllianceEntity);
    if (user.role === Role.ADMIN) return repository.find({ order: { createdAt: 'ASC' } });
    return repository.findBy({ id: user.allianceId ?? '00000000-0000-0000-0000-000000000000' });
  }

  async create(input: CreateAllianceInput): Promise<AllianceEntity> {
    if (!(await this.allExist('chain', 'id', input.chainIds))) {
      throw BadUserInputError.of('input.chainIds', 'names an unknown chain', AuthErrorReason.UNKNOWN_CHAIN);
    }
    if (!(await this.allExist('province', 'adcode', input.provinceAdcodes))) {
      throw BadUserInputError.of('input.provinceAdcodes', 'names a province outside the region', AuthErrorReason.UNKNOWN_PROVINCE);
    }
    return this.dataSource.getRepository(AllianceEntity).save({
      nameZh: input.nameZh.trim(), nameEn: input.nameEn?.trim() ?? null,
      chainIds: [...input.chainIds].sort(), provinceAdcodes: [...input.provinceAdcodes].sort(),
    });
  }

  /**
   * Reference data is checked in the database rather than through the chains and regions libs:
   * those libs use this one's access decorators, and importing them back would be a cycle.
   */
  private async allExist(table: 'chain' | 'province', column: 'id' | 'adcode', values: string[]): Promise<boolean> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = ANY($1)`, [values]);
    return n === values.length;
  }

  async createStaffAccount(input: CreateStaffAccountInput): Promise<UserEntity> {
    const alliance = await this.dataSource.getRepository(AllianceEntity).findOneBy({ id: input.allianceId });
    if (!alliance) throw BadUserInputError.of('input.allianceId', 'no such alliance', AuthErrorReason.UNKNOWN_ALLIANCE);
    return this.accounts.createAccount({ ...input, role: Role.ALLIANCE_STAFF, allianceId: alliance.id });
  }
}
