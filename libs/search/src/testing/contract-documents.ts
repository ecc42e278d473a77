import type { ListingDocument } from '../engine/listing-document.js';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** Places of the fixtures (GCJ-02): Suzhou–Shanghai ≈ 82 km, Suzhou–Hangzhou ≈ 120 km, Suzhou–Hefei ≈ 330 km. */
export const PLACES = {
  suzhou: { provinceAdcode: '320000', cityAdcode: '320500', countyAdcode: '320506', location: { lat: 31.2990, lng: 120.5853 } },
  shanghai: { provinceAdcode: '310000', cityAdcode: '310100', countyAdcode: '310115', location: { lat: 31.2304, lng: 121.4737 } },
  hangzhou: { provinceAdcode: '330000', cityAdcode: '330100', countyAdcode: '330106', location: { lat: 30.2741, lng: 120.1551 } },
  hefei: { provinceAdcode: '340000', cityAdcode: '340100', countyAdcode: '340104', location: { lat: 31.8206, lng: 117.2272 } },
} as const;

let serial = 0;

/** A document with plausible defaults; ids are fixed-format UUIDs so runs are reproducible. */
export function contractDocument(overrides: Partial<ListingDocument> & Pick<ListingDocument, 'title'>): ListingDocument {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    kind: 'SUPPLY',
    description: 'Stable supply for customers across the Yangtze River Delta. 长三角地区稳定供货。',
    keywords: [],
    chainId: 'ic', chainNameZh: '集成电路', chainNameEn: 'Integrated Circuits',
    segmentId: 'ic.packaging', segmentNameZh: '封装测试', segmentNameEn: 'Packaging & testing (OSAT)',
    ...PLACES.suzhou,
    enterpriseId: '00000000-0000-4000-9000-000000000001', enterpriseNameZh: '测试企业有限公司', enterpriseNameEn: 'Test Co., Ltd.',
    verified: false,
    createdAt: new Date(Date.now() - serial * 60_000).toISOString(),
    validUntil: inDays(60),
    version: 1,
    ...overrides,
  };
}

const segment = (chainId: string, chainNameZh: string, chainNameEn: string, segmentId: string, segmentNameZh: string, segmentNameEn: string) =>
  ({ chainId, chainNameZh, chainNameEn, segmentId, segmentNameZh, segmentNameEn });
const IC_DESIGN = segment('ic', '集成电路', 'Integrated Circuits', 'ic.design', '芯片设计', 'IC design (fabless)');
const IC_MATERIALS = segment('ic', '集成电路', 'Integrated Circuits', 'ic.materials', '半导体材料（硅片、光刻胶、电子特气、靶材等）', 'Semiconductor materials (wafers, photoresist, specialty gases, targets)');
const NEV_BATTERY = segment('nev', '新能源汽车', 'New Energy Vehicles', 'nev.battery_materials', '电池材料（正极、负极、电解液、隔膜）', 'Battery materials (cathode, anode, electrolyte, separator)');
const NEV_MOTOR = segment('nev', '新能源汽车', 'New Energy Vehicles', 'nev.motor', '驱动电机', 'Traction motors');
const ROBOT_BODY = segment('robotics', '机器人', 'Robotics', 'robotics.body', '机器人本体（工业、特种、服务机器人）', 'Robot bodies (industrial, special-purpose, service)');

/** The contract's listings, each there to answer one kind of question. */
export function contractFixtures() {
  return {
    packaging: contractDocument({ title: '供应QFN封装测试服务，月产能300万颗', keywords: ['QFN', '封装测试'], verified: true }),
    mcu: contractDocument({ title: '求购车规级MCU芯片', kind: 'DEMAND', ...IC_DESIGN, ...PLACES.shanghai, keywords: ['MCU'],
      description: '长期求购车规级32位MCU芯片，年用量约50万颗，要求AEC-Q100认证。' }),
    photoresist: contractDocument({ title: 'KrF photoresist for 8-inch fabs', ...IC_MATERIALS, ...PLACES.shanghai, verified: true, keywords: ['photoresist', 'KrF'],
      description: 'KrF and i-line photoresists with local technical support in Shanghai.' }),
    separator: contractDocument({ title: 'Lithium battery separator film', ...NEV_BATTERY, ...PLACES.hangzhou, keywords: ['锂电池隔膜', 'separator'],
      description: '湿法锂电池隔膜，年产能5亿平方米。Wet-process PE separators.' }),
    motor: contractDocument({ title: '采购新能源汽车驱动电机', kind: 'DEMAND', ...NEV_MOTOR, ...PLACES.hefei, keywords: ['驱动电机'],
      description: '整车厂采购新能源汽车驱动电机，功率150kW，年需求2万台。' }),
    robot: contractDocument({ title: '六轴工业机器人整机供应', ...ROBOT_BODY, keywords: ['工业机器人', 'six-axis robot'], verified: true,
      description: '负载20kg六轴工业机器人，适用于焊接与搬运。' }),
    unplaced: contractDocument({ title: '晶圆级封装测试 WLP', keywords: ['WLP'], location: null }),
  };
}
