import { product as p, service as s, term as t } from './vocabulary-builders.js';
import type { ChainVocabulary } from './vocabulary.types.js';

export const TEXTILE_VOCABULARY: ChainVocabulary = {
  'textile.natural_fiber': {
    companyTerms: [t('丝绸', 'Silk'), t('纺织原料', 'Textile Raw Materials')],
    products: [
      p('新疆长绒棉', 'Xinjiang long-staple cotton', 'ton', 20_000, 32_000),
      p('6A级桑蚕丝', '6A mulberry silk', 'kg', 450, 700),
      p('澳毛毛条', 'Australian wool tops', 'kg', 80, 150),
      p('无毛绒', 'dehaired cashmere', 'kg', 500, 1000),
      p('亚麻纤维', 'flax fibre', 'ton', 15_000, 30_000),
    ],
  },
  'textile.chemical_fiber': {
    companyTerms: [t('化纤', 'Chemical Fibre'), t('合纤', 'Synthetic Fibre')],
    products: [
      p('涤纶POY', 'polyester POY', 'ton', 7000, 9000),
      p('涤纶DTY', 'polyester DTY', 'ton', 8500, 11_000),
      p('锦纶6切片', 'nylon 6 chips', 'ton', 11_000, 15_000),
      p('粘胶短纤', 'viscose staple fibre', 'ton', 12_000, 15_000),
      p('氨纶丝', 'spandex yarn', 'ton', 25_000, 40_000),
      p('再生涤纶短纤', 'recycled polyester staple fibre', 'ton', 6000, 8500),
    ],
  },
  'textile.spinning': {
    companyTerms: [t('棉纺', 'Cotton Spinning'), t('纺织', 'Textile')],
    products: [
      p('32支精梳棉纱', '32s combed cotton yarn', 'ton', 22_000, 28_000),
      p('涡流纺粘胶纱', 'vortex-spun viscose yarn', 'ton', 16_000, 20_000),
      p('精纺毛纱', 'worsted wool yarn', 'kg', 150, 300),
      p('氨纶包芯纱', 'spandex core-spun yarn', 'ton', 25_000, 40_000),
      s('来料纺纱加工', 'commission spinning', 'kg', 3, 10),
    ],
  },
  'textile.weaving': {
    companyTerms: [t('织造', 'Weaving'), t('面料', 'Fabrics')],
    products: [
      p('全棉府绸坯布', 'cotton poplin greige', 'meter', 6, 15),
      p('涤纶春亚纺', 'polyester pongee', 'meter', 2, 5),
      p('针织汗布', 'single-jersey knit fabric', 'kg', 25, 60),
      p('真丝双绉', 'silk crepe de chine', 'meter', 60, 150),
      s('喷气织造代工', 'commission air-jet weaving', 'meter', 0.3, 1.5),
    ],
  },
  'textile.dyeing': {
    companyTerms: [t('印染', 'Dyeing & Printing'), t('染整', 'Dyeing & Finishing')],
    products: [
      s('活性印染加工', 'reactive dyeing & printing', 'meter', 2, 6),
      s('数码印花加工', 'digital textile printing', 'meter', 8, 30),
      s('针织布染色', 'knit fabric dyeing', 'kg', 4, 12),
      s('防水透湿后整理', 'waterproof-breathable finishing', 'meter', 3, 10),
    ],
  },
  'textile.garment': {
    companyTerms: [t('服饰', 'Apparel'), t('服装', 'Garment')],
    products: [
      p('男士衬衫OEM', "men's shirts (OEM)", 'piece', 35, 120),
      p('针织T恤', 'knitted T-shirts', 'piece', 15, 60),
      p('羽绒服', 'down jackets', 'piece', 150, 600),
      p('运动服套装', 'sportswear sets', 'set', 80, 300),
      p('羊绒衫', 'cashmere sweaters', 'piece', 300, 1200),
    ],
  },
  'textile.home_industrial': {
    companyTerms: [t('家纺', 'Home Textiles'), t('非织造布', 'Nonwovens')],
    products: [
      p('床品四件套', 'four-piece bedding sets', 'set', 150, 600),
      p('纯棉毛巾', 'cotton towels', 'piece', 8, 40),
      p('SMS医用无纺布', 'SMS medical nonwovens', 'ton', 12_000, 20_000),
      p('熔喷布', 'melt-blown fabric', 'ton', 15_000, 30_000),
      p('长丝土工布', 'filament geotextiles', 'sqm', 3, 15),
      p('汽车内饰面料', 'automotive interior fabrics', 'meter', 20, 80),
    ],
  },
  'textile.retail': {
    companyTerms: [t('商贸', 'Trading'), t('电子商务', 'E-Commerce')],
    products: [
      p('品牌女装', 'branded womenswear', 'piece', 80, 400),
      s('服装电商代运营', 'apparel e-commerce operation', 'project', 50_000, 500_000),
      s('直播带货服务', 'live-stream selling', 'job', 5000, 100_000),
      s('门店陈列设计', 'store visual merchandising', 'project', 20_000, 200_000),
    ],
  },
};
