import { ConflictError, UnauthenticatedError, Transactions } from '@chainmatch/core';
import { isPostgresError, PG_UNIQUE_VIOLATION } from '@chainmatch/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserEntity } from '../identity.entities.js';
import type { Role } from '../role.js';
import { SessionService, type IssuedTokens } from '../sessions/session.service.js';
import { LoginThrottle } from './login-throttle.service.js';
import { PasswordHasher } from './password-hasher.service.js';
import { AuthErrorReason } from '../auth.errors.js';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  enterpriseId?: string | null;
  allianceId?: string | null;
}

export type SignedIn = IssuedTokens & { user: UserEntity };

const normalizeEmail = (email: string) => email.trim().toLowerCase();
const emailTaken = () => new ConflictError('an account with this email exists', AuthErrorReason.EMAIL_TAKEN, { field: 'input.email' });

/** Accounts and signing in. Other libs create accounts through `createAccount`, in their unit of work. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  async findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  async assertEmailFree(email: string): Promise<void> {
    const [taken] = await this.transactions.tx.query(`SELECT 1 FROM app_user WHERE lower(email) = $1`, [normalizeEmail(email)]);
    if (taken) throw emailTaken();
  }

  /** In the caller's transaction when there is one (signing up writes the enterprise and the account together). */
  async createAccount(account: NewAccount): Promise<UserEntity> {
    await this.assertEmailFree(account.email);
    const manager = this.transactions.tx;
    const user = manager.create(UserEntity, {
      email: normalizeEmail(account.email), passwordHash: await this.hasher.hash(account.password),
      displayName: account.displayName, role: account.role,
      enterpriseId: account.enterpriseId ?? null, allianceId: account.allianceId ?? null,
    });
    try {
      return await manager.save(user);
    } catch (error) {
      if (isPostgresError(error, PG_UNIQUE_VIOLATION)) throw emailTaken();
      throw error;
    }
  }

  /** The same refusal whether the email is unknown or the password wrong; attempts are throttled before the check. */
  async login(email: string, password: string, ip: string): Promise<SignedIn> {
    const normalized = normalizeEmail(email);
    const attempts = await this.throttle.admit(normalized, ip);
    const user = await this.dataSource.getRepository(UserEntity)
      .createQueryBuilder('user').where('lower(user.email) = :email', { email: normalized }).getOne();
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid || user.disabledAt) {
      await this.throttle.failed(attempts);
      throw new UnauthenticatedError('the email or the password is wrong', AuthErrorReason.INVALID_CREDENTIALS);
    }
    await this.throttle.succeeded(normalized, ip);
    return this.signIn(user);
  }

  async signIn(user: UserEntity): Promise<SignedIn> {
    return { ...(await this.sessions.open(user)), user };
  }

  async refresh(refreshToken: string): Promise<SignedIn> {
    const { tokens, userId } = await this.sessions.refresh(refreshToken);
    const user = await this.findById(userId);
    if (!user || user.disabledAt) throw new UnauthenticatedError('this account is disabled', AuthErrorReason.ACCOUNT_DISABLED);
    return { ...tokens, user };
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }
}
