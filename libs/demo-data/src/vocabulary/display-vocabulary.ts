import { product as p, service as s, term as t } from './vocabulary-builders.js';
import type { ChainVocabulary } from './vocabulary.types.js';

export const DISPLAY_VOCABULARY: ChainVocabulary = {
  'display.materials': {
    companyTerms: [t('光电材料', 'Optoelectronic Materials'), t('显示材料', 'Display Materials')],
    products: [
      p('G8.5 TFT玻璃基板', 'G8.5 TFT glass substrates', 'sheet', 800, 2500),
      p('偏光片', 'polarizer film', 'sqm', 80, 300),
      p('TFT混合液晶', 'TFT liquid-crystal mixtures', 'kg', 5000, 20_000),
      p('OLED有机发光材料', 'OLED emitter materials', 'gram', 300, 2000),
      p('彩色光刻胶', 'colour photoresist', 'kg', 800, 3000),
    ],
  },
  'display.equipment': {
    companyTerms: [t('光电设备', 'Optoelectronic Equipment'), t('智能装备', 'Intelligent Equipment')],
    products: [
      p('OLED蒸镀设备', 'OLED evaporation systems', 'machine', 50_000_000, 300_000_000),
      p('面板曝光机', 'panel exposure systems', 'machine', 20_000_000, 100_000_000),
      p('AOI自动光学检测设备', 'AOI inspection systems', 'machine', 800_000, 5_000_000),
      p('面板切割设备', 'panel cutting machines', 'machine', 500_000, 3_000_000),
      p('模组全贴合设备', 'optical bonding equipment', 'machine', 300_000, 2_000_000),
    ],
  },
  'display.components': {
    companyTerms: [t('光电', 'Optoelectronics'), t('精密电子', 'Precision Electronics')],
    products: [
      p('显示驱动IC', 'display driver ICs', 'chip', 2, 15),
      p('侧入式背光模组', 'edge-lit backlight units', 'piece', 20, 200),
      p('增亮膜', 'brightness enhancement film', 'sqm', 10, 40),
      p('柔性电路板（FPC）', 'flexible printed circuits (FPC)', 'piece', 1, 15),
      p('Mini LED背光灯板', 'Mini-LED backlight boards', 'piece', 100, 800),
    ],
  },
  'display.panel': {
    companyTerms: [t('显示技术', 'Display Technology'), t('光电科技', 'Optoelectronic Technology')],
    products: [
      p('65英寸LCD电视面板', '65-inch LCD TV panels', 'piece', 600, 1500),
      p('6.7英寸柔性AMOLED屏', '6.7-inch flexible AMOLED panels', 'piece', 200, 700),
      p('车载TFT显示面板', 'automotive TFT panels', 'piece', 150, 900),
      p('笔记本LCD面板', 'notebook LCD panels', 'piece', 150, 500),
      p('Mini LED直显模块', 'Mini-LED direct-view tiles', 'sqm', 8000, 30_000),
    ],
  },
  'display.module': {
    companyTerms: [t('显示科技', 'Display Technology'), t('触控科技', 'Touch Technology')],
    products: [
      p('手机OLED显示模组', 'smartphone OLED modules', 'piece', 250, 900),
      p('车载中控显示屏总成', 'automotive centre-display assemblies', 'set', 800, 3000),
      p('工控触摸显示模组', 'industrial touch-display modules', 'piece', 300, 1500),
      p('智能手表显示模组', 'smartwatch display modules', 'piece', 50, 200),
      s('LCM模组代工', 'LCM module assembly', 'piece', 5, 40),
    ],
  },
  'display.terminals': {
    companyTerms: [t('电子', 'Electronics'), t('智能显示', 'Smart Display')],
    products: [
      p('65英寸4K液晶电视', '65-inch 4K LCD TVs', 'machine', 2500, 6000),
      p('商用显示大屏', 'commercial display screens', 'machine', 5000, 30_000),
      p('教育交互平板', 'interactive education panels', 'machine', 6000, 20_000),
      p('平板电脑', 'tablets', 'machine', 800, 3000),
      p('LED显示屏', 'LED video walls', 'sqm', 3000, 20_000),
    ],
  },
};
