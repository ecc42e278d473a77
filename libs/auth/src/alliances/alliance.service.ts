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

  /** Chains and provinces are checked against reference data by the validation pipe (`@References`). */
  async create(input: CreateAllianceInput): Promise<AllianceEntity> {
    return this.dataSource.getRepository(AllianceEntity).save({
      nameZh: input.nameZh.trim(), nameEn: input.nameEn?.trim() ?? null,
      chainIds: [...input.chainIds].sort(), provinceAdcodes: [...input.provinceAdcodes].sort(),
    });
  }

  async createStaffAccount(input: CreateStaffAccountInput): Promise<UserEntity> {
    const alliance = await this.dataSource.getRepository(AllianceEntity).findOneBy({ id: input.allianceId });
    if (!alliance) throw BadUserInputError.of('input.allianceId', 'no such alliance', AuthErrorReason.UNKNOWN_ALLIANCE);
    return this.accounts.createAccount({ ...input, role: Role.ALLIANCE_STAFF, allianceId: alliance.id });
  }
}
