import { UnauthenticatedError } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { RequestWithUser } from '../current-user.decorator.js';
import type { AuthUser, Role } from '../role.js';
import { SessionService } from '../sessions/session.service.js';
import { AuthErrorReason } from '../auth.errors.js';

const CALLER = Symbol('caller');

interface CallerRow {
  user_id: string;
  role: Role;
  enterprise_id: string | null;
  alliance_id: string | null;
  chain_ids: string[] | null;
  province_adcodes: string[] | null;
}

/**
 * Turns a bearer token into the caller: a valid signature is not enough, the session must also be
 * open (not revoked, not expired) and the user enabled — one indexed query per request.
 */
@Injectable()
export class CallerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /**
   * The caller of this request, established once however many guards and root fields ask (the
   * promise is kept on the request; an invalid token rejects it for all of them alike).
   */
  callerOf(request: RequestWithUser): Promise<AuthUser | undefined> {
    const holder = request as RequestWithUser & { [CALLER]?: Promise<AuthUser | undefined> };
    holder[CALLER] ??= this.fromAuthorizationHeader(request.headers?.authorization);
    return holder[CALLER];
  }

  async fromAuthorizationHeader(header: string | undefined): Promise<AuthUser | undefined> {
    if (!header) return undefined;
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthenticatedError('use "Authorization: Bearer <access token>"', AuthErrorReason.INVALID_TOKEN);
    }
    const claims = await this.sessions.verifyAccessToken(token);
    const [row] = (await this.dataSource.query(
      `SELECT u.id AS user_id, u.role, u.enterprise_id, u.alliance_id, a.chain_ids, a.province_adcodes
       FROM auth_session s JOIN app_user u ON u.id = s.user_id LEFT JOIN alliance a ON a.id = u.alliance_id
       WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [claims.sid, claims.sub],
    )) as CallerRow[];
    if (!row) throw new UnauthenticatedError('this session has ended; sign in again', AuthErrorReason.SESSION_REVOKED);
    return {
      userId: row.user_id,
      role: row.role,
      sessionId: claims.sid,
      enterpriseId: row.enterprise_id,
      allianceId: row.alliance_id,
      coverage: row.chain_ids && row.province_adcodes ? { chainIds: row.chain_ids, provinceAdcodes: row.province_adcodes } : null,
    };
  }
}
