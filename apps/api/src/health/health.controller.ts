import { Public } from '@chainmatch/auth';
import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { ReadinessChecks } from './readiness.checks.js';

/**
 * Liveness (`/health/live`): the process answers — restart it if not; touches nothing else.
 * Readiness (`/health/ready`, and `/health` as documented before): whether to send it traffic,
 * with the database, search engine and sync lag, match-refresh backlog and background loops;
 * HTTP 503 when the database cannot be reached or the process is shutting down.
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessChecks,
  ) {}

  @Get('live')
  live(): { status: 'ok'; uptimeSeconds: number } {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get(['', 'ready'])
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check(this.readiness.all());
  }
}
