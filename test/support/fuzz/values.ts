import { randomUUID } from 'node:crypto';
import { TEST_PASSWORD } from '../accounts.js';
import { validUscc } from '../factories.js';

/** Ids of what the fuzzed database holds, so that plausible cases reach the rules behind the checks. */
export interface KnownIds {
  listings: string[];
  enterprises: string[];
  interests: string[];
  matches: string[];
  alliances: string[];
  users: string[];
  refreshTokens: string[];
}

const DAY_MS = 86_400_000;
const isoIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

/** Values of each scalar type that a hostile client would send: type-correct, and wrong in every other way. */
export const HOSTILE: Record<string, unknown[]> = {
  String: ['', ' ', 'a\u0000b', 'a\uD800b', '\uDFFFz', "'; DROP TABLE listing; --", '%_\\', '<script>alert(1)</script>',
    '😀'.repeat(300), '\u202Egnp.exe', 'x'.repeat(6000), 'ic', '110000', 'null'],
  ID: ['', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', '9999999999999999999', 'a\u0000b', `${randomUUID()}x`],
  Int: [0, -1, 2_147_483_647, -2_147_483_648, 101, 51],
  Float: [0, -1, 1e308, -1e308, 5e-324, 1e15, 0.000001],
  Boolean: [true, false],
  DateTime: ['now', '2026-13-45T00:00:00Z', 1e20, '-271821-04-19T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z',
    '2026-02-30T00:00:00Z', isoIn(-3650), isoIn(3650), ''],
};

const STRING_BY_NAME: [RegExp, () => string][] = [
  [/^segmentIds?$/, () => 'ic.packaging'], [/^chainIds?$/, () => 'ic'], [/^countyAdcode$/, () => '320506'],
  [/[pP]rovinceAdcodes?$/, () => '320000'], [/^cityAdcodes?$/, () => '320500'], [/^uscc$/, () => validUscc('320506')],
  [/^email$/, () => `fuzz-${randomUUID().slice(0, 8)}@test.chainmatch.cn`], [/^password$/, () => TEST_PASSWORD],
  [/^title$/, () => '供应QFN封装测试服务'], [/^description$/, () => '提供QFN/DFN封装与成品测试，良率99.5%以上。'],
  [/^message$/, () => '我司希望采购贵司的封装服务，请联系。'], [/^reason$/, () => '内容与所选产业链环节不符'], [/^note$/, () => '已电话沟通'],
  [/^(nameZh|displayName)$/, () => '测试企业有限公司'], [/^nameEn$/, () => 'Test Co., Ltd.'], [/^phone$/, () => '13800138000'],
  [/^unit$/, () => 'pcs'], [/^text$/, () => '封装'], [/^name$/, () => '材质'], [/^value$/, () => '铝合金'],
  [/^(keywords|certifications)$/, () => 'ISO 9001'], [/^(action)$/, () => 'createListing'], [/^outcome$/, () => 'OK'],
  [/^targetType$/, () => 'LISTING'], [/^search$/, () => '测试'], [/^noDealReason$/, () => '价格未谈拢'],
];

const NUMBER_BY_NAME: [RegExp, number][] = [
  [/^expectedVersion$/, 1], [/^first$/, 5], [/^leadTimeDays$/, 14], [/^serviceRadiusKm$/, 100], [/^lat$/, 31.3], [/^lng$/, 120.6],
  [/^radiusKm$/, 50], [/^amount$/, 1000], [/^minCny$/, 1], [/^maxCny$/, 10], [/^orderAmountCny$/, 50_000], [/^minScore$/, 0.2], [/^maxScore$/, 0.9],
];

/** Which pool an ID argument draws from, by the argument and the operation it belongs to. */
function idPool(name: string, operation: string, known: KnownIds): string[] {
  const subject = `${name} ${operation}`;
  if (/alliance/i.test(subject)) return known.alliances;
  if (/actorUserId/.test(name)) return known.users;
  if (/interest/i.test(subject) && !/listingId/.test(name)) return known.interests;
  if (/match|curation|shortlist|dismiss|introduce|outcome/i.test(subject) && !/listingId/.test(name)) return known.matches;
  if (/enterprise/i.test(subject) && !/listing/i.test(name)) return known.enterprises;
  return known.listings;
}

/** A value a well-behaved client would send for a scalar named `name` of type `typeName`. */
export function plausibleScalar(typeName: string, name: string, operation: string, known: KnownIds, pick: <T>(items: T[]) => T): unknown {
  switch (typeName) {
    case 'ID': return pick(idPool(name, operation, known));
    case 'Int':
    case 'Float': return NUMBER_BY_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? 1;
    case 'Boolean': return false;
    case 'DateTime': return /Until|Before|^to$/.test(name) ? isoIn(30) : isoIn(/After|^from$/.test(name) ? -30 : 0);
    default:
      if (name === 'refreshToken') return pick(known.refreshTokens);
      return STRING_BY_NAME.find(([pattern]) => pattern.test(name))?.[1]() ?? 'fuzz';
  }
}
