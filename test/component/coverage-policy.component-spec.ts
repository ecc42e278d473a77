import { coverageCondition, covers, curates, curatesCondition, Role, type AuthUser, type Coverage, type CoverageTarget, type SqlCondition } from '@chainmatch/auth';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const COVERAGES: (Coverage | null)[] = [
  null,
  { chainIds: ['ic'], provinceAdcodes: ['320000'] },
  { chainIds: ['ic', 'ai'], provinceAdcodes: ['320000', '330000'] },
  { chainIds: ['biomed'], provinceAdcodes: ['310000'] },
  { chainIds: [], provinceAdcodes: ['320000'] },
];

/** Listings (one province, one chain), matches (two provinces) and enterprises (any number of chains, none included). */
const TARGETS: CoverageTarget[] = [
  { provinceAdcodes: ['320000'], chainIds: ['ic'] },
  { provinceAdcodes: ['330000'], chainIds: ['biomed'] },
  { provinceAdcodes: ['310000', '330000'], chainIds: ['ic'] },
  { provinceAdcodes: ['340000', '310000'], chainIds: ['biomed'] },
  { provinceAdcodes: ['320000'], chainIds: [] },
  { provinceAdcodes: ['330000'], chainIds: ['biomed', 'ai'] },
];

describe('the coverage rule in TypeScript and in SQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const columns = (chainsAsQuery: boolean) => ({
    provinces: ['t.province_a', 't.province_b'],
    chains: chainsAsQuery ? { query: 'SELECT unnest(t.chains)' } : ['t.chains[1]', 't.chains[2]'],
  });

  /** Evaluates the SQL condition over one row holding the target, as the list queries do. */
  async function coveredInSql(coverage: Coverage | null, target: CoverageTarget, chainsAsQuery: boolean): Promise<boolean> {
    return holds(coverageCondition(coverage, columns(chainsAsQuery)), target);
  }

  async function holds({ where, params }: SqlCondition, target: CoverageTarget): Promise<boolean> {
    const [sql, values] = dataSource.driver.escapeQueryWithParameters(
      `SELECT ${where} AS covered FROM (SELECT :a::char(6) AS province_a, :b::char(6) AS province_b, :chains::varchar[] AS chains) t`,
      { ...params, a: target.provinceAdcodes[0], b: target.provinceAdcodes[1] ?? null, chains: target.chainIds },
    );
    const [row] = (await dataSource.query(sql, values)) as { covered: boolean }[];
    return row.covered;
  }

  it('gives the same answer on every coverage × target, with chains as columns or as a subquery', async () => {
    const disagreements: string[] = [];
    let cases = 0;
    for (const coverage of COVERAGES) {
      for (const target of TARGETS) {
        for (const chainsAsQuery of [false, true]) {
          if (!chainsAsQuery && target.chainIds.length > 2) continue;
          cases += 1;
          const inSql = await coveredInSql(coverage, target, chainsAsQuery);
          if (inSql !== covers(coverage, target)) disagreements.push(JSON.stringify({ coverage, target, chainsAsQuery, inSql }));
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(cases).toBe(COVERAGES.length * TARGETS.length * 2);
  });

  it('curates in SQL as in TypeScript: admins everything, staff their coverage, members and anonymous callers nothing', async () => {
    const user = (role: Role, coverage: Coverage | null = null): AuthUser =>
      ({ userId: 'u', role, sessionId: 's', enterpriseId: role === Role.ENTERPRISE_MEMBER ? 'e' : null, allianceId: null, coverage });
    const callers = [undefined, user(Role.ADMIN), user(Role.ENTERPRISE_MEMBER, COVERAGES[2]), ...COVERAGES.map((coverage) => user(Role.ALLIANCE_STAFF, coverage))];
    const disagreements: string[] = [];
    for (const caller of callers) {
      for (const target of TARGETS.filter((t) => t.chainIds.length <= 2)) {
        const inSql = await holds(curatesCondition(caller, columns(false)), target);
        if (inSql !== curates(caller, target)) disagreements.push(JSON.stringify({ caller, target, inSql }));
      }
    }
    expect(disagreements).toEqual([]);
    expect(await holds(curatesCondition(user(Role.ADMIN), columns(false)), TARGETS[3])).toBe(true);
    expect(await holds(curatesCondition(user(Role.ENTERPRISE_MEMBER, COVERAGES[2]), columns(false)), TARGETS[0])).toBe(false);
  });

  it('covers what lies in one of its provinces and one of its chains, and nothing without a coverage', () => {
    const ic = COVERAGES[1];
    expect(covers(ic, TARGETS[0])).toBe(true);
    expect(covers(ic, TARGETS[2])).toBe(false);
    expect(covers(COVERAGES[2], TARGETS[5])).toBe(true);
    expect(TARGETS.some((target) => covers(null, target))).toBe(false);
  });
});
