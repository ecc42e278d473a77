import { AccountService, Role, assertActsForEnterprise, type AuthUser, type SignedIn } from '@chainmatch/auth';
import { BadUserInputError, Transactions } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EnterpriseErrorReason, enterpriseRequired, unknownEnterprise } from '../enterprise.errors.js';
import { EnterpriseService } from '../enterprise.service.js';
import type { EnterpriseInvitation, SignUpInput } from './membership.types.js';

const INVITATION_DAYS = 14;
const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');
const invalidInvitation = () =>
  BadUserInputError.of('input.invitationCode', 'this invitation is unknown, used or expired', EnterpriseErrorReason.INVALID_INVITATION);

/** Becoming a member: signing up with a new enterprise, or joining one by invitation. */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly accounts: AccountService,
    private readonly enterprises: EnterpriseService,
  ) {}

  /** The account and, when registering, the enterprise are written in one transaction. */
  async signUp(input: SignUpInput): Promise<SignedIn> {
    if (Boolean(input.enterprise) === Boolean(input.invitationCode)) {
      throw BadUserInputError.of('input', 'give either `enterprise` to register or `invitationCode` to join', EnterpriseErrorReason.ENTERPRISE_OR_INVITATION);
    }
    await this.accounts.assertEmailFree(input.email);
    const user = await this.transactions.run(async () => {
      const createMember = (enterpriseId: string) => this.accounts.createAccount({ ...input, role: Role.ENTERPRISE_MEMBER, enterpriseId });
      if (input.enterprise) return createMember((await this.enterprises.registerAtSignUp(input.enterprise)).id);
      const invitation = await this.redeem(input.invitationCode!);
      const member = await createMember(invitation.enterpriseId);
      await this.transactions.tx.query(`UPDATE enterprise_invitation SET used_by = $1 WHERE id = $2`, [member.id, invitation.id]);
      return member;
    });
    return this.accounts.signIn(user);
  }

  /** Members invite colleagues to their own enterprise; admins to any. */
  async invite(actor: AuthUser, enterpriseId: string | undefined): Promise<EnterpriseInvitation> {
    const target = enterpriseId ?? actor.enterpriseId;
    if (!target) throw enterpriseRequired('enterpriseId');
    assertActsForEnterprise(actor, target);
    if (!(await this.enterprises.findById(target, 'enterpriseId'))) {
      throw unknownEnterprise('enterpriseId');
    }
    const code = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    await this.dataSource.query(
      `INSERT INTO enterprise_invitation (enterprise_id, code_hash, created_by, expires_at) VALUES ($1, $2, $3, $4)`,
      [target, hashCode(code), actor.userId, expiresAt],
    );
    return { code, enterpriseId: target, expiresAt };
  }

  /** Spends the invitation (one use, before it expires) and says which enterprise it opens. */
  private async redeem(code: string): Promise<{ id: string; enterpriseId: string }> {
    const [rows] = (await this.transactions.tx.query(
      `UPDATE enterprise_invitation SET used_at = now() WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING id, enterprise_id AS "enterpriseId"`,
      [hashCode(code)],
    )) as [{ id: string; enterpriseId: string }[], number];
    if (!rows[0]) throw invalidInvitation();
    return rows[0];
  }
}
