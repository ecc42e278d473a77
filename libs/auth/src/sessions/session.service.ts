import { AppConfig } from '@chainmatch/config';
import { Transactions, UnauthenticatedError } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SessionEntity, type UserEntity } from '../identity.entities.js';
import { formatRefreshToken, hashRefreshSecret, newRefreshSecret, parseRefreshToken, refreshSecretMatches } from './session-tokens.js';
import { AuthErrorReason } from '../auth.errors.js';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

interface AccessClaims {
  sub: string;
  sid: string;
}

const invalidRefresh = () => new UnauthenticatedError('the refresh token is not valid; sign in again', AuthErrorReason.INVALID_REFRESH_TOKEN);

/**
 * Sessions: a short-lived signed access token (JWT, HS256) and a rotating refresh token per signed-in
 * device. Access tokens name their session, so logging out revokes them at once.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async open(user: UserEntity): Promise<IssuedTokens> {
    const secret = newRefreshSecret();
    const expiresAt = new Date(Date.now() + this.config.get('REFRESH_TOKEN_TTL_SECONDS') * 1000);
    const session = await this.dataSource.getRepository(SessionEntity).save({
      userId: user.id, refreshTokenHash: hashRefreshSecret(secret), expiresAt,
    });
    return this.issue(session, secret);
  }

  /**
   * Rotates the refresh token. Presenting one already rotated out means it leaked: the session is
   * revoked (committed before the refusal, so the thief's newer tokens die too). A token this session
   * never issued is only refused — knowing a session's id must not be enough to end it.
   */
  async refresh(refreshToken: string): Promise<{ tokens: IssuedTokens; userId: string }> {
    const parsed = parseRefreshToken(refreshToken);
    if (!parsed) throw invalidRefresh();
    const outcome = await this.transactions.run(async () => {
      const manager = this.transactions.tx;
      const session = await manager.findOne(SessionEntity, { where: { id: parsed.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.revokedAt || session.expiresAt <= new Date()) return 'INVALID' as const;
      if (!refreshSecretMatches(parsed.secret, session.refreshTokenHash)) {
        if (!(await this.wasSpent(session.id, parsed.secret))) return 'INVALID' as const;
        await manager.update(SessionEntity, { id: session.id }, { revokedAt: new Date() });
        return 'REUSED' as const;
      }
      await manager.query(`INSERT INTO auth_session_spent_token (session_id, token_hash) VALUES ($1, $2)`, [session.id, session.refreshTokenHash]);
      const secret = newRefreshSecret();
      Object.assign(session, { refreshTokenHash: hashRefreshSecret(secret), refreshedAt: new Date() });
      await manager.save(session);
      return { tokens: await this.issue(session, secret), userId: session.userId };
    });
    if (outcome === 'INVALID') throw invalidRefresh();
    if (outcome === 'REUSED') {
      throw new UnauthenticatedError('this refresh token was already used; the session is closed', AuthErrorReason.REFRESH_TOKEN_REUSED);
    }
    return outcome;
  }

  /** Whether `secret` is one this session issued and rotated out. */
  private async wasSpent(sessionId: string, secret: string): Promise<boolean> {
    const rows = await this.transactions.tx.query(
      `SELECT 1 FROM auth_session_spent_token WHERE session_id = $1 AND token_hash = $2`, [sessionId, hashRefreshSecret(secret)],
    );
    return rows.length > 0;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: new Date() });
  }

  /** The claims of a well-signed, unexpired access token, or an UNAUTHENTICATED refusal. */
  async verifyAccessToken(token: string): Promise<AccessClaims> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
      if (typeof claims.sub === 'string' && typeof claims.sid === 'string') return claims;
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthenticatedError(expired ? 'the access token has expired; refresh it' : 'the access token is not valid',
        expired ? AuthErrorReason.TOKEN_EXPIRED : AuthErrorReason.INVALID_TOKEN);
    }
    throw new UnauthenticatedError('the access token is not valid', AuthErrorReason.INVALID_TOKEN);
  }

  private async issue(session: SessionEntity, secret: string): Promise<IssuedTokens> {
    const ttl = this.config.get('ACCESS_TOKEN_TTL_SECONDS');
    const accessToken = await this.jwt.signAsync({ sub: session.userId, sid: session.id } satisfies AccessClaims, { expiresIn: ttl });
    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + ttl * 1000),
      refreshToken: formatRefreshToken(session.id, secret),
      refreshTokenExpiresAt: session.expiresAt,
    };
  }
}
