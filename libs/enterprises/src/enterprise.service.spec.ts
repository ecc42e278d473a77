import { jest } from '@jest/globals';
import { Role, type AuthUser } from '@chainmatch/auth';
import type { TaxonomyService } from '@chainmatch/chains';
import type { AppConfig } from '@chainmatch/config';
import { ErrorCode } from '@chainmatch/core';
import type { RegionDirectory } from '@chainmatch/regions';
import { EnterpriseSize, type EnterpriseEntity } from './enterprise.entity.js';
import type { RegisterEnterpriseInput } from './enterprise.inputs.js';
import type { EnterpriseRepository } from './enterprise.repository.js';
import { EnterpriseService } from './enterprise.service.js';

const ID = '3f1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11';
const ADMIN: AuthUser = {
  userId: '6a1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11', role: Role.ADMIN, sessionId: ID, enterpriseId: null, allianceId: null, coverage: null,
};
const COUNTIES: Record<string, { adcode: string; cityAdcode: string; provinceAdcode: string }> = {
  '330106': { adcode: '330106', cityAdcode: '330100', provinceAdcode: '330000' },
};
const SEGMENTS = new Set(['ic.fab', 'ic.packaging']);

/** A unique violation as the pg driver reports it, wrapped by TypeORM. */
const uniqueViolation = (constraint: string) => Object.assign(new Error('duplicate key'), { driverError: { code: '23505', constraint } });

function setUp() {
  const repository = {
    findById: jest.fn<EnterpriseRepository['findById']>(),
    findByIds: jest.fn<EnterpriseRepository['findByIds']>(async () => []),
    isUsccRegistered: jest.fn<EnterpriseRepository['isUsccRegistered']>(async () => false),
    insertWithSegments: jest.fn<EnterpriseRepository['insertWithSegments']>(),
    updateIfVersion: jest.fn<EnterpriseRepository['updateIfVersion']>(),
    currentVersion: jest.fn<EnterpriseRepository['currentVersion']>(),
  };
  const regions = { county: (adcode: string) => COUNTIES[adcode] } as unknown as RegionDirectory;
  const taxonomy = { segment: (id: string) => (SEGMENTS.has(id) ? { id } : undefined) } as unknown as TaxonomyService;
  const config = { get: () => 100 } as unknown as AppConfig;
  const service = new EnterpriseService(repository as unknown as EnterpriseRepository, regions, taxonomy, config);
  return { service, repository };
}

const input = (overrides: Partial<RegisterEnterpriseInput> = {}): RegisterEnterpriseInput => ({
  uscc: '91330100716105852F',
  nameZh: '阿里巴巴（中国）有限公司',
  countyAdcode: '330106',
  segmentIds: ['ic.fab'],
  size: EnterpriseSize.LARGE,
  ...overrides,
});

const refusal = (code: ErrorCode, details: Record<string, unknown>) =>
  expect.objectContaining({ code, details: expect.objectContaining(details) });

describe('EnterpriseService.registerAtSignUp', () => {
  it('answers CONFLICT when the unique constraint catches a registration that raced past the check', async () => {
    const { service, repository } = setUp();
    repository.insertWithSegments.mockRejectedValue(uniqueViolation('enterprise_uscc_key'));
    await expect(service.registerAtSignUp(input())).rejects.toEqual(
      refusal(ErrorCode.CONFLICT, { reason: 'USCC_ALREADY_REGISTERED', field: 'input.uscc' }),
    );
  });

  it('lets any other database failure through unchanged', async () => {
    const { service, repository } = setUp();
    const failure = uniqueViolation('some_other_key');
    repository.insertWithSegments.mockRejectedValue(failure);
    await expect(service.registerAtSignUp(input())).rejects.toBe(failure);
  });

  it.each([
    ['a wrong check character', { uscc: '91330100716105852G' }, 'input.uscc', 'USCC_CHECK_CHARACTER'],
    ['an unknown county', { countyAdcode: '110101' }, 'input.countyAdcode', 'UNKNOWN_COUNTY'],
    ['an unknown segment', { segmentIds: ['ic.fab', 'ic.nope'] }, 'input.segmentIds', 'UNKNOWN_SEGMENT'],
  ])('refuses %s before touching the database', async (_case, overrides, field, reason) => {
    const { service, repository } = setUp();
    await expect(service.registerAtSignUp(input(overrides))).rejects.toEqual(
      refusal(ErrorCode.BAD_USER_INPUT, { reason, violations: [expect.objectContaining({ field })] }),
    );
    expect(repository.isUsccRegistered).not.toHaveBeenCalled();
    expect(repository.insertWithSegments).not.toHaveBeenCalled();
  });

  it('checks the normalised code for an earlier registration', async () => {
    const { service, repository } = setUp();
    repository.isUsccRegistered.mockResolvedValue(true);
    await expect(service.registerAtSignUp(input({ uscc: ' 91330100716105852f ' }))).rejects.toEqual(
      refusal(ErrorCode.CONFLICT, { reason: 'USCC_ALREADY_REGISTERED' }),
    );
    expect(repository.isUsccRegistered).toHaveBeenCalledWith('91330100716105852F');
  });
});

describe('EnterpriseService.update', () => {
  const current = { id: ID, uscc: '91330100716105852F', version: 4, reviewReasons: [] } as unknown as EnterpriseEntity;

  it('refuses a malformed id before any query', async () => {
    const { service, repository } = setUp();
    await expect(service.update('42', 1, { nameZh: '新名称' }, ADMIN)).rejects.toEqual(refusal(ErrorCode.BAD_USER_INPUT, { reason: 'INVALID_ID' }));
    expect(repository.findById).not.toHaveBeenCalled();
  });

  it('refuses a stale version with the current one, without writing', async () => {
    const { service, repository } = setUp();
    repository.findById.mockResolvedValue(current);
    await expect(service.update(ID, 3, { nameZh: '新名称' }, ADMIN)).rejects.toEqual(
      refusal(ErrorCode.CONFLICT, { reason: 'STALE_VERSION', currentVersion: 4 }),
    );
    expect(repository.updateIfVersion).not.toHaveBeenCalled();
  });

  it('reports the version that won when another update lands between the read and the write', async () => {
    const { service, repository } = setUp();
    repository.findById.mockResolvedValue(current);
    repository.updateIfVersion.mockResolvedValue(null);
    repository.currentVersion.mockResolvedValue(5);
    await expect(service.update(ID, 4, { nameZh: '新名称' }, ADMIN)).rejects.toEqual(
      refusal(ErrorCode.CONFLICT, { reason: 'STALE_VERSION', currentVersion: 5 }),
    );
  });

  it('answers NOT_FOUND when the enterprise disappears between the read and the write', async () => {
    const { service, repository } = setUp();
    repository.findById.mockResolvedValue(current);
    repository.updateIfVersion.mockResolvedValue(null);
    repository.currentVersion.mockResolvedValue(null);
    await expect(service.update(ID, 4, { nameZh: '新名称' }, ADMIN)).rejects.toEqual(refusal(ErrorCode.NOT_FOUND, {}));
  });

  it('passes the new segments to the write, and the derived region with the county', async () => {
    const { service, repository } = setUp();
    repository.findById.mockResolvedValue(current);
    repository.updateIfVersion.mockResolvedValue(current);
    await service.update(ID, 4, { countyAdcode: '330106', segmentIds: ['ic.packaging'] }, ADMIN);
    expect(repository.updateIfVersion).toHaveBeenCalledWith(
      ID,
      4,
      { countyAdcode: '330106', cityAdcode: '330100', provinceAdcode: '330000', reviewReasons: [] },
      ['ic.packaging'],
    );
  });
});

describe('EnterpriseService.findByIds', () => {
  it('asks only for well-formed, distinct ids', async () => {
    const { service, repository } = setUp();
    await service.findByIds([ID, 'nonsense', ID]);
    expect(repository.findByIds).toHaveBeenCalledWith([ID]);
  });

  it('does not query for no usable id', async () => {
    const { service, repository } = setUp();
    expect(await service.findByIds(['nonsense'])).toEqual([]);
    expect(repository.findByIds).not.toHaveBeenCalled();
  });
});
