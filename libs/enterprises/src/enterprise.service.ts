import { assertActsForEnterprise, assertCovers, type AuthUser, type CoverageTarget } from '@chainmatch/auth';
import { TaxonomyService } from '@chainmatch/chains';
import { AppConfig } from '@chainmatch/config';
import { newestFirst, readKeysetPage, type Connection } from '@chainmatch/core';
import { isPostgresError, constraintOf, PG_UNIQUE_VIOLATION } from '@chainmatch/database';
import { RegionDirectory } from '@chainmatch/regions';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  enterpriseChanges,
  hasChanges,
  newEnterpriseRecord,
  type EnterprisePlace,
  type ValidUscc,
} from './enterprise-changes.js';
import { enterpriseCoverageTarget } from './enterprise-coverage.js';
import { ENTERPRISE_ALIAS } from './enterprise-filter.js';
import type { EnterpriseEntity } from './enterprise.entity.js';
import {
  emptyUpdate,
  enterpriseNotFound,
  invalidUscc,
  malformedEnterpriseId,
  staleEnterpriseVersion,
  unknownCounty,
  unknownSegments,
  usccAlreadyRegistered,
} from './enterprise.errors.js';
import type { EnterprisesArgs, RegisterEnterpriseInput, UpdateEnterpriseInput } from './enterprise.inputs.js';
import { EnterpriseRepository } from './enterprise.repository.js';
import { assertMayFilterByReview } from './review-flags.js';
import { checkUscc } from './uscc/uscc.js';

const USCC_UNIQUE_CONSTRAINT = 'enterprise_uscc_key';

const NEWEST_FIRST = newestFirst<EnterpriseEntity>(ENTERPRISE_ALIAS);

/** The rules of registering, changing and reading enterprises; SQL is in EnterpriseRepository. */
@Injectable()
export class EnterpriseService {
  constructor(
    private readonly repository: EnterpriseRepository,
    private readonly regions: RegionDirectory,
    private readonly taxonomy: TaxonomyService,
    private readonly config: AppConfig,
  ) {}

  /** The enterprise, or null; an id that is not a UUID is refused as BAD_USER_INPUT on `field`. */
  findById(id: string, field = 'id'): Promise<EnterpriseEntity | null> {
    assertWellFormedId(id, field);
    return this.repository.findById(id);
  }

  /** The enterprises of `ids` that exist, in no particular order (EnterpriseLoader aligns them per request). */
  async findByIds(ids: readonly string[]): Promise<EnterpriseEntity[]> {
    const wellFormed = [...new Set(ids)].filter((id) => isUUID(id));
    return wellFormed.length === 0 ? [] : this.repository.findByIds(wellFormed);
  }

  /** Segment ids of each enterprise, aligned with `enterpriseIds`, in one query (a DataLoader batch). */
  async segmentIdsOf(enterpriseIds: readonly string[]): Promise<string[][]> {
    const byEnterprise = await this.repository.segmentIdsByEnterprise(enterpriseIds);
    return enterpriseIds.map((id) => byEnterprise.get(id) ?? []);
  }

  /** Review flags are staff information: filtering by them is for staff and admins (see review-flags.ts). */
  list(args: EnterprisesArgs, user: AuthUser | undefined): Promise<Connection<EnterpriseEntity>> {
    if (args.filter?.needsReview !== undefined && args.filter.needsReview !== null) assertMayFilterByReview(user);
    return readKeysetPage(this.repository.listQuery(args.filter), args, NEWEST_FIRST, this.config.get('PAGE_SIZE_MAX'));
  }

  /** Staff register an enterprise inside their coverage; admins anywhere. */
  registerByStaff(input: RegisterEnterpriseInput, actor: AuthUser): Promise<EnterpriseEntity> {
    return this.register(input, (place) => assertCovers(actor, enterpriseCoverageTarget(place, input.segmentIds, this.taxonomy)));
  }

  /**
   * A person signing up registers the enterprise they will be the first member of: no coverage to
   * check, nobody acts for it yet. Called in the sign-up's unit of work, with the account.
   */
  registerAtSignUp(input: RegisterEnterpriseInput): Promise<EnterpriseEntity> {
    return this.register(input, () => undefined);
  }

  /** Checks the input, lets `authorize` decide on the place, and inserts (in the caller's transaction when there is one). */
  private async register(input: RegisterEnterpriseInput, authorize: (place: EnterprisePlace) => void): Promise<EnterpriseEntity> {
    const uscc = validUscc(input.uscc);
    const place = this.placeOfCounty(input.countyAdcode);
    this.assertSegmentsExist(input.segmentIds);
    authorize(place);
    // Checked first for a clear answer; the unique constraint still decides between two racing requests.
    if (await this.repository.isUsccRegistered(uscc.code)) throw usccAlreadyRegistered(uscc.code);
    try {
      return await this.repository.insertWithSegments(newEnterpriseRecord(input, uscc, place), input.segmentIds);
    } catch (error) {
      if (isUsccUniqueViolation(error)) throw usccAlreadyRegistered(uscc.code);
      throw error;
    }
  }

  /** Optimistic concurrency: applies only if the enterprise is still at `expectedVersion`. */
  async update(id: string, expectedVersion: number, input: UpdateEnterpriseInput, actor: AuthUser): Promise<EnterpriseEntity> {
    assertWellFormedId(id, 'id');
    assertActsForEnterprise(actor, id);
    if (!hasChanges(input)) throw emptyUpdate();
    const place = input.countyAdcode === undefined ? undefined : this.placeOfCounty(input.countyAdcode);
    if (input.segmentIds !== undefined) this.assertSegmentsExist(input.segmentIds);
    const current = await this.repository.findById(id);
    if (!current) throw enterpriseNotFound(id);
    if (current.version !== expectedVersion) throw staleEnterpriseVersion(expectedVersion, current.version);
    const changes = enterpriseChanges(input, current, place);
    const updated = await this.repository.updateIfVersion(id, expectedVersion, changes, input.segmentIds);
    return updated ?? this.refuseLostRace(id, expectedVersion);
  }

  /** Staff (inside their coverage) or an admin vouch for the enterprise. */
  async verify(id: string, actor: AuthUser): Promise<EnterpriseEntity> {
    const enterprise = await this.findById(id);
    if (!enterprise) throw enterpriseNotFound(id);
    assertCovers(actor, await this.coverageTargetOf(enterprise));
    await this.repository.markVerified(id, actor.userId);
    return (await this.repository.findById(id))!;
  }

  /** Where the enterprise lies for coverage checks: its province and the chains of its segments. */
  async coverageTargetOf(enterprise: EnterpriseEntity): Promise<CoverageTarget> {
    const [segmentIds] = await this.segmentIdsOf([enterprise.id]);
    return enterpriseCoverageTarget(enterprise, segmentIds, this.taxonomy);
  }

  /** The conditional UPDATE matched nothing after the version check passed: explain why. */
  private async refuseLostRace(id: string, expectedVersion: number): Promise<never> {
    const currentVersion = await this.repository.currentVersion(id);
    if (currentVersion === null) throw enterpriseNotFound(id);
    throw staleEnterpriseVersion(expectedVersion, currentVersion);
  }

  private placeOfCounty(countyAdcode: string): EnterprisePlace {
    const county = this.regions.county(countyAdcode);
    if (!county) throw unknownCounty(countyAdcode);
    return { countyAdcode: county.adcode, cityAdcode: county.cityAdcode, provinceAdcode: county.provinceAdcode };
  }

  private assertSegmentsExist(segmentIds: readonly string[]): void {
    const unknown = segmentIds.filter((id) => !this.taxonomy.segment(id));
    if (unknown.length > 0) throw unknownSegments(unknown);
  }
}

/** Refused before SQL: PostgreSQL would otherwise fail the uuid cast with a 500. */
function assertWellFormedId(id: string, field: string): void {
  if (!isUUID(id)) throw malformedEnterpriseId(field);
}

function validUscc(raw: string): ValidUscc {
  const check = checkUscc(raw);
  if (!check.valid) throw invalidUscc(check.problem, check.message);
  return check;
}

function isUsccUniqueViolation(error: unknown): boolean {
  return isPostgresError(error, PG_UNIQUE_VIOLATION) && constraintOf(error) === USCC_UNIQUE_CONSTRAINT;
}
