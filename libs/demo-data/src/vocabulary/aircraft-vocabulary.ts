import { product as p, service as s, term as t } from './vocabulary-builders.js';
import type { ChainVocabulary } from './vocabulary.types.js';

export const AIRCRAFT_VOCABULARY: ChainVocabulary = {
  'aircraft.design': {
    companyTerms: [t('航空科技', 'Aviation Technology'), t('航空工程', 'Aeronautical Engineering')],
    products: [
      s('飞机结构强度分析', 'aircraft structural stress analysis', 'project', 200_000, 3_000_000),
      s('风洞试验服务', 'wind-tunnel testing', 'project', 500_000, 5_000_000),
      s('适航审定技术咨询', 'airworthiness certification consulting', 'personDay', 3000, 10_000),
      s('航空CAE仿真软件', 'aerospace CAE simulation software', 'license', 100_000, 1_000_000),
      s('DO-178C机载软件验证', 'DO-178C airborne software verification', 'project', 500_000, 5_000_000),
    ],
  },
  'aircraft.materials': {
    companyTerms: [t('航空材料', 'Aerospace Materials'), t('特种合金', 'Special Alloys')],
    products: [
      p('航空级TC4钛合金板', 'aerospace TC4 titanium plate', 'kg', 200, 500),
      p('GH4169高温合金棒材', 'GH4169 (IN718) superalloy bar', 'kg', 300, 800),
      p('300M超高强度钢', '300M ultra-high-strength steel', 'ton', 80_000, 200_000),
      p('航空级碳纤维预浸料', 'aerospace carbon-fiber prepreg', 'kg', 800, 3000),
      p('7050铝合金厚板', '7050 aluminium thick plate', 'ton', 60_000, 120_000),
    ],
  },
  'aircraft.airframe': {
    companyTerms: [t('航空制造', 'Aviation Manufacturing'), t('精密机械', 'Precision Machinery')],
    products: [
      p('机身壁板组件', 'fuselage panel assemblies', 'set', 500_000, 5_000_000),
      p('翼肋整体机加件', 'machined wing ribs', 'piece', 5000, 80_000),
      p('复合材料垂尾部件', 'composite vertical-stabiliser parts', 'set', 200_000, 3_000_000),
      p('钣金蒙皮成形', 'sheet-metal skin forming', 'piece', 2000, 30_000),
      p('航空紧固件', 'aerospace fasteners', 'piece', 5, 300),
    ],
  },
  'aircraft.engine': {
    companyTerms: [t('航空动力', 'Aero Engine'), t('精密铸造', 'Precision Casting')],
    products: [
      p('单晶涡轮叶片', 'single-crystal turbine blades', 'piece', 5000, 50_000),
      p('发动机机匣', 'engine casings', 'piece', 50_000, 500_000),
      p('高温合金盘件锻件', 'superalloy disc forgings', 'piece', 50_000, 800_000),
      p('燃油喷嘴', 'fuel nozzles', 'piece', 10_000, 80_000),
    ],
  },
  'aircraft.airborne_systems': {
    companyTerms: [t('航空电子', 'Avionics'), t('机电', 'Electromechanical')],
    products: [
      p('座舱综合显示器', 'integrated cockpit displays', 'set', 100_000, 600_000),
      p('飞控作动器', 'flight-control actuators', 'set', 200_000, 1_500_000),
      p('机载线缆组件', 'airborne cable harnesses', 'set', 5000, 80_000),
      p('机载气象雷达', 'airborne weather radar', 'set', 500_000, 3_000_000),
      p('客舱照明系统', 'cabin lighting systems', 'set', 50_000, 500_000),
    ],
  },
  'aircraft.assembly': {
    companyTerms: [t('航空装备', 'Aviation Equipment'), t('飞机制造', 'Aircraft Manufacturing')],
    products: [
      p('飞机总装工装', 'final-assembly jigs & fixtures', 'set', 500_000, 8_000_000),
      p('大部件对接调姿系统', 'major-assembly alignment systems', 'set', 3_000_000, 20_000_000),
      s('整机喷漆服务', 'aircraft painting', 'job', 300_000, 1_500_000),
      s('总装技术支持', 'assembly technical support', 'personDay', 1500, 4000),
      p('支线客机', 'regional jets', 'aircraft', 200_000_000, 280_000_000),
    ],
  },
  'aircraft.operations': {
    companyTerms: [t('航空租赁', 'Aviation Leasing'), t('通用航空', 'General Aviation')],
    products: [
      s('窄体客机经营租赁', 'narrow-body operating leases', 'aircraftMonth', 1_800_000, 3_000_000),
      s('航空货运舱位', 'air cargo capacity', 'kg', 5, 30),
      s('公务机包机', 'business-jet charter', 'flightHour', 30_000, 120_000),
      s('机坪地面服务', 'ground handling services', 'job', 3000, 20_000),
    ],
  },
  'aircraft.mro': {
    companyTerms: [t('航空维修', 'Aircraft Maintenance'), t('航空工程', 'Aviation Engineering')],
    products: [
      s('航线维修', 'line maintenance', 'job', 5000, 50_000),
      s('起落架大修', 'landing-gear overhaul', 'job', 500_000, 3_000_000),
      s('发动机孔探检测', 'engine borescope inspection', 'job', 10_000, 60_000),
      p('航材周转件', 'rotable spare parts', 'piece', 5000, 500_000),
      s('客改货改装', 'passenger-to-freighter conversion', 'project', 80_000_000, 150_000_000),
    ],
  },
};
