import { product as p, service as s, term as t } from './vocabulary-builders.js';
import type { ChainVocabulary } from './vocabulary.types.js';

export const IC_VOCABULARY: ChainVocabulary = {
  'ic.materials': {
    companyTerms: [t('半导体材料', 'Semiconductor Materials'), t('电子材料', 'Electronic Materials')],
    products: [
      p('12英寸硅片', '12-inch silicon wafers', 'wafer', 500, 1200),
      p('8英寸抛光硅片', '8-inch polished wafers', 'wafer', 200, 450),
      p('KrF光刻胶', 'KrF photoresist', 'liter', 3000, 12000),
      p('电子级三氟化氮', 'electronic-grade NF3', 'kg', 150, 400),
      p('高纯铜靶材', 'high-purity copper sputtering targets', 'piece', 8000, 40000),
      p('CMP抛光液', 'CMP slurry', 'liter', 80, 400),
    ],
  },
  'ic.equipment': {
    companyTerms: [t('半导体设备', 'Semiconductor Equipment'), t('精密装备', 'Precision Equipment')],
    products: [
      p('等离子刻蚀机', 'plasma etch systems', 'machine', 8_000_000, 30_000_000),
      p('PECVD薄膜沉积设备', 'PECVD deposition systems', 'machine', 5_000_000, 25_000_000),
      p('湿法清洗设备', 'wet cleaning stations', 'machine', 2_000_000, 12_000_000),
      p('晶圆缺陷检测设备', 'wafer defect inspection systems', 'machine', 10_000_000, 50_000_000),
      p('晶圆划片机', 'wafer dicing saws', 'machine', 800_000, 3_000_000),
      s('设备备件及翻新服务', 'tool spare parts & refurbishment', 'job', 20_000, 500_000),
    ],
  },
  'ic.eda_ip': {
    companyTerms: [t('集成电路软件', 'IC Software'), t('微电子技术', 'Microelectronics Technology')],
    products: [
      s('数字IC设计EDA授权', 'digital IC design EDA licenses', 'license', 200_000, 2_000_000),
      s('模拟电路仿真工具', 'analog circuit simulation tools', 'license', 100_000, 800_000),
      s('DDR/LPDDR接口IP', 'DDR/LPDDR interface IP', 'license', 1_000_000, 8_000_000),
      s('RISC-V处理器IP核', 'RISC-V processor IP cores', 'license', 500_000, 5_000_000),
      s('高速SerDes IP', 'high-speed SerDes IP', 'license', 2_000_000, 12_000_000),
    ],
  },
  'ic.design': {
    companyTerms: [t('微电子', 'Microelectronics'), t('集成电路', 'Integrated Circuit'), t('半导体', 'Semiconductor')],
    products: [
      p('32位MCU芯片', '32-bit MCU chips', 'chip', 2, 25),
      p('电源管理芯片', 'power management ICs', 'chip', 0.5, 8),
      p('射频前端芯片', 'RF front-end chips', 'chip', 1.5, 20),
      p('CMOS图像传感器芯片', 'CMOS image sensor chips', 'chip', 3, 60),
      s('ASIC定制设计服务', 'custom ASIC design services', 'project', 500_000, 10_000_000),
    ],
  },
  'ic.fab': {
    companyTerms: [t('集成电路制造', 'IC Manufacturing'), t('半导体制造', 'Semiconductor Manufacturing')],
    products: [
      s('12英寸晶圆代工（28nm）', '12-inch foundry wafers (28 nm)', 'wafer', 15_000, 30_000),
      s('8英寸BCD工艺代工', '8-inch BCD process foundry', 'wafer', 3000, 7000),
      s('功率器件晶圆代工', 'power device wafer foundry', 'wafer', 2000, 6000),
      s('MPW多项目晶圆流片', 'MPW shuttle runs', 'job', 200_000, 2_000_000),
      s('MEMS特色工艺代工', 'MEMS specialty foundry', 'wafer', 3000, 12_000),
    ],
  },
  'ic.packaging': {
    companyTerms: [t('封装测试', 'Packaging & Testing'), t('半导体封测', 'Semiconductor Packaging')],
    products: [
      s('QFN封装测试服务', 'QFN packaging & test', 'chip', 0.05, 0.5),
      s('BGA封装', 'BGA packaging', 'chip', 0.5, 5),
      s('晶圆级封装（WLP）', 'wafer-level packaging (WLP)', 'wafer', 800, 4000),
      s('SiP系统级封装', 'system-in-package (SiP)', 'chip', 2, 30),
      s('芯片成品测试', 'final test services', 'chip', 0.02, 0.3),
    ],
  },
  'ic.applications': {
    companyTerms: [t('电子科技', 'Electronic Technology'), t('通信设备', 'Communication Equipment')],
    products: [
      p('车载域控制器', 'automotive domain controllers', 'set', 3000, 15_000),
      p('工业物联网网关', 'industrial IoT gateways', 'machine', 800, 5000),
      p('5G通信模组', '5G communication modules', 'piece', 300, 1200),
      p('服务器主板', 'server motherboards', 'piece', 3000, 15_000),
      p('TWS蓝牙耳机', 'TWS earbuds', 'piece', 60, 400),
      p('智能电表', 'smart electricity meters', 'machine', 200, 800),
    ],
  },
};
