import { product as p, service as s, term as t } from './vocabulary-builders.js';
import type { ChainVocabulary } from './vocabulary.types.js';

export const NEV_VOCABULARY: ChainVocabulary = {
  'nev.minerals': {
    companyTerms: [t('锂业', 'Lithium'), t('矿业', 'Mining'), t('稀土', 'Rare Earth')],
    products: [
      p('电池级碳酸锂', 'battery-grade lithium carbonate', 'ton', 70_000, 120_000),
      p('电池级氢氧化锂', 'battery-grade lithium hydroxide', 'ton', 70_000, 130_000),
      p('硫酸钴', 'cobalt sulphate', 'ton', 30_000, 60_000),
      p('硫酸镍', 'nickel sulphate', 'ton', 25_000, 35_000),
      p('氧化镨钕', 'praseodymium-neodymium oxide', 'ton', 350_000, 600_000),
    ],
  },
  'nev.battery_materials': {
    companyTerms: [t('新能源材料', 'New Energy Materials'), t('电池材料', 'Battery Materials')],
    products: [
      p('磷酸铁锂正极材料', 'LFP cathode material', 'ton', 35_000, 60_000),
      p('NCM811三元正极材料', 'NCM811 cathode material', 'ton', 120_000, 200_000),
      p('人造石墨负极材料', 'synthetic graphite anode', 'ton', 25_000, 50_000),
      p('锂电池电解液', 'lithium-ion electrolyte', 'ton', 18_000, 35_000),
      p('湿法隔膜', 'wet-process separator film', 'sqm', 0.8, 2),
      p('6μm锂电铜箔', '6 μm battery copper foil', 'ton', 80_000, 110_000),
    ],
  },
  'nev.battery': {
    companyTerms: [t('动力电池', 'Power Battery'), t('新能源科技', 'New Energy Technology')],
    products: [
      p('磷酸铁锂电芯', 'LFP battery cells', 'kwh', 350, 600),
      p('三元动力电池包', 'NCM traction battery packs', 'kwh', 600, 1000),
      p('储能电池模组', 'energy-storage battery modules', 'kwh', 400, 700),
      p('电池管理系统（BMS）', 'battery management systems (BMS)', 'set', 800, 4000),
      s('电池PACK组装服务', 'battery pack assembly services', 'set', 300, 2000),
    ],
  },
  'nev.motor': {
    companyTerms: [t('电机', 'Motor'), t('电驱动', 'E-Drive')],
    products: [
      p('永磁同步驱动电机', 'PMSM traction motors', 'set', 3000, 12_000),
      p('电驱三合一总成', '3-in-1 e-axle assemblies', 'set', 8000, 25_000),
      p('扁线定子总成', 'hairpin stator assemblies', 'piece', 1500, 5000),
      p('电机转子总成', 'rotor assemblies', 'piece', 800, 3000),
      p('钕铁硼磁钢', 'NdFeB motor magnets', 'kg', 300, 800),
    ],
  },
  'nev.electronic_control': {
    companyTerms: [t('汽车电子', 'Automotive Electronics'), t('电力电子', 'Power Electronics')],
    products: [
      p('电机控制器', 'motor control units', 'set', 2000, 6000),
      p('SiC功率模块', 'SiC power modules', 'piece', 1500, 6000),
      p('车载充电机（OBC）', 'on-board chargers (OBC)', 'set', 1500, 5000),
      p('DC/DC转换器', 'DC/DC converters', 'piece', 500, 2000),
      p('整车控制器（VCU）', 'vehicle control units (VCU)', 'set', 600, 2500),
    ],
  },
  'nev.other_parts': {
    companyTerms: [t('汽车零部件', 'Auto Parts'), t('热管理', 'Thermal Management')],
    products: [
      p('热泵空调总成', 'heat-pump HVAC assemblies', 'set', 3000, 9000),
      p('高压线束', 'high-voltage wiring harnesses', 'set', 800, 4000),
      p('一体化压铸后地板', 'mega-cast rear underbodies', 'piece', 3000, 8000),
      p('铝合金电池托盘', 'aluminium battery trays', 'piece', 1500, 4500),
      p('电池液冷板', 'battery liquid-cooling plates', 'piece', 150, 600),
    ],
  },
  'nev.vehicle': {
    companyTerms: [t('汽车', 'Automobile'), t('新能源汽车', 'New Energy Automobile')],
    products: [
      p('纯电动乘用车', 'battery-electric passenger cars', 'vehicle', 80_000, 300_000),
      p('插电式混合动力SUV', 'plug-in hybrid SUVs', 'vehicle', 120_000, 300_000),
      p('纯电动物流车', 'electric delivery vans', 'vehicle', 60_000, 180_000),
      p('新能源城市客车', 'new-energy city buses', 'vehicle', 600_000, 1_500_000),
      p('纯电动重卡', 'battery-electric heavy trucks', 'vehicle', 600_000, 1_200_000),
    ],
  },
  'nev.charging': {
    companyTerms: [t('充电科技', 'Charging Technology'), t('电力设备', 'Power Equipment')],
    products: [
      p('120kW直流快充桩', '120 kW DC fast chargers', 'machine', 30_000, 70_000),
      p('7kW交流充电桩', '7 kW AC wall boxes', 'machine', 1200, 3000),
      p('液冷超充终端', 'liquid-cooled ultra-fast chargers', 'machine', 80_000, 200_000),
      p('乘用车换电站', 'battery-swap stations', 'set', 2_000_000, 5_000_000),
      s('充电站建设运营', 'charging-station build & operation', 'project', 200_000, 3_000_000),
    ],
  },
  'nev.aftermarket': {
    companyTerms: [t('汽车服务', 'Automotive Services'), t('再生资源', 'Renewable Resources')],
    products: [
      s('退役动力电池回收', 'spent traction battery recycling', 'ton', 8000, 30_000),
      s('新能源汽车经营租赁', 'EV operating leases', 'vehicleMonth', 2000, 6000),
      p('梯次利用储能柜', 'second-life battery storage cabinets', 'kwh', 300, 600),
      s('三电系统维修', 'EV powertrain repair', 'job', 1000, 20_000),
    ],
  },
};
