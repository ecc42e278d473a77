import { PasswordHasher, Role } from '@chainmatch/auth';
import type { DataSource } from 'typeorm';

/** Published in the README and printed at start: demo data is refused in production (see the configuration). */
export const DEMO_PASSWORD = 'chainmatch-demo';
const DOMAIN = 'demo.chainmatch.cn';

const ALLIANCES = [
  { key: 'ic', nameZh: '长三角集成电路产业链联盟', nameEn: 'YRD Integrated Circuit Alliance', chains: ['ic'], provinces: ['310000', '320000', '330000', '340000'] },
  { key: 'nev', nameZh: '长三角新能源汽车产业链联盟', nameEn: 'YRD New Energy Vehicle Alliance', chains: ['nev'], provinces: ['310000', '320000', '330000', '340000'] },
  { key: 'biomed', nameZh: '长三角生物医药与大健康产业联盟', nameEn: 'YRD Biomedicine & Health Alliance', chains: ['biomed', 'health'], provinces: ['310000', '320000', '330000', '340000'] },
  { key: 'display', nameZh: '江苏新型显示产业联盟', nameEn: 'Jiangsu New Display Alliance', chains: ['display'], provinces: ['320000'] },
];
const MEMBER_CHAINS = ['ic', 'nev', 'biomed'];

/**
 * Accounts for each role on top of the demo enterprises: an admin, staff of four alliances (one
 * limited to Jiangsu) and a member of the first demo enterprise in three chains.
 */
export async function createDemoAccounts(dataSource: DataSource): Promise<void> {
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  const insertUser = (email: string, displayName: string, role: Role, enterpriseId: string | null, allianceId: string | null) =>
    dataSource.query(
      `INSERT INTO app_user (email, password_hash, display_name, role, enterprise_id, alliance_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [email, passwordHash, displayName, role, enterpriseId, allianceId],
    );
  await insertUser(`admin@${DOMAIN}`, '平台管理员', Role.ADMIN, null, null);
  for (const alliance of ALLIANCES) {
    const [{ id }] = await dataSource.query(
      `INSERT INTO alliance (name_zh, name_en, chain_ids, province_adcodes) VALUES ($1, $2, $3, $4) RETURNING id`,
      [alliance.nameZh, alliance.nameEn, alliance.chains, alliance.provinces],
    );
    await insertUser(`${alliance.key}-staff@${DOMAIN}`, `${alliance.nameZh}工作人员`, Role.ALLIANCE_STAFF, null, id);
  }
  for (const chainId of MEMBER_CHAINS) {
    const [enterprise] = await dataSource.query(
      `SELECT e.id FROM enterprise e JOIN enterprise_segment es ON es.enterprise_id = e.id JOIN segment s ON s.id = es.segment_id
       WHERE s.chain_id = $1 ORDER BY e.created_at, e.id LIMIT 1`,
      [chainId],
    );
    if (enterprise) await insertUser(`${chainId}-member@${DOMAIN}`, `${chainId} 企业会员`, Role.ENTERPRISE_MEMBER, enterprise.id, null);
  }
}

/** Lines telling how to sign in as each demo account, or none when there are none. */
export async function describeDemoAccounts(dataSource: DataSource): Promise<string[]> {
  const rows: { email: string; role: string; scope: string | null }[] = await dataSource.query(
    `SELECT u.email, u.role, coalesce(a.name_zh, e.name_zh) AS scope FROM app_user u
     LEFT JOIN alliance a ON a.id = u.alliance_id LEFT JOIN enterprise e ON e.id = u.enterprise_id
     WHERE u.email LIKE $1 ORDER BY u.role DESC, u.email`,
    [`%@${DOMAIN}`],
  );
  if (rows.length === 0) return [];
  return [
    `Demo accounts (password "${DEMO_PASSWORD}"; sign in with the login mutation):`,
    ...rows.map((row) => `  ${row.email.padEnd(34)} ${row.role.padEnd(18)} ${row.scope ?? ''}`),
  ];
}
