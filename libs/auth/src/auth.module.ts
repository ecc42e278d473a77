import { AppConfig } from '@chainmatch/config';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessGuard } from './access/access.guard.js';
import { CallerService } from './access/caller.service.js';
import { AccountResolver } from './accounts/account.resolver.js';
import { AccountService } from './accounts/account.service.js';
import { LoginThrottle } from './accounts/login-throttle.service.js';
import { PasswordHasher } from './accounts/password-hasher.service.js';
import { AllianceResolver } from './alliances/alliance.resolver.js';
import { AllianceService } from './alliances/alliance.service.js';
import { MutationRateLimit } from './rate-limit/mutation-rate-limit.service.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { resolveJwtSecret } from './sessions/jwt-secret.js';
import { SessionService } from './sessions/session.service.js';

@Module({
  imports: [
    RateLimitModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: resolveJwtSecret({ JWT_SECRET: config.get('JWT_SECRET'), DATA_DIR: config.get('DATA_DIR') }),
        signOptions: { algorithm: 'HS256', issuer: 'chainmatch' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'chainmatch' },
      }),
    }),
  ],
  providers: [
    PasswordHasher, SessionService, CallerService, AccessGuard, MutationRateLimit, LoginThrottle, AccountService, AllianceService,
    AccountResolver, AllianceResolver,
  ],
  exports: [AccessGuard, MutationRateLimit, AccountService, PasswordHasher, RateLimitModule],
})
export class AuthModule {}
