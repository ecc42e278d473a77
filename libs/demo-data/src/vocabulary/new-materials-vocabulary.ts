import { product as p, service as s, term as t } from './vocabulary-builders.js';
import type { ChainVocabulary } from './vocabulary.types.js';

export const NEW_MATERIALS_VOCABULARY: ChainVocabulary = {
  'new_materials.raw': {
    companyTerms: [t('矿业', 'Mining'), t('化工', 'Chemical'), t('资源', 'Resources')],
    products: [
      p('高纯石英砂', 'high-purity quartz sand', 'ton', 20_000, 80_000),
      p('天然鳞片石墨', 'natural flake graphite', 'ton', 3000, 8000),
      p('A00铝锭', 'A00 aluminium ingots', 'ton', 18_000, 21_000),
      p('聚合级丙烯', 'polymer-grade propylene', 'ton', 6000, 8000),
      p('海绵钛', 'titanium sponge', 'ton', 45_000, 60_000),
      p('煅烧高岭土', 'calcined kaolin', 'ton', 1500, 4000),
    ],
  },
  'new_materials.special_metal': {
    companyTerms: [t('磁材', 'Magnetic Materials'), t('稀土材料', 'Rare Earth Materials')],
    products: [
      p('烧结钕铁硼永磁体', 'sintered NdFeB magnets', 'kg', 250, 700),
      p('钐钴磁体', 'SmCo magnets', 'kg', 600, 1500),
      p('非晶合金带材', 'amorphous alloy ribbon', 'ton', 15_000, 30_000),
      p('贮氢合金粉', 'hydrogen-storage alloy powder', 'kg', 100, 300),
      p('镍钛记忆合金丝', 'NiTi shape-memory wire', 'kg', 2000, 8000),
    ],
  },
  'new_materials.metal_structural': {
    companyTerms: [t('金属材料', 'Metal Materials'), t('特钢', 'Special Steel')],
    products: [
      p('汽车用高强钢板', 'automotive high-strength steel sheet', 'ton', 5500, 9000),
      p('6系铝合金型材', '6xxx aluminium extrusions', 'ton', 22_000, 30_000),
      p('7075铝合金板', '7075 aluminium plate', 'ton', 40_000, 70_000),
      p('TC4钛合金棒材', 'Ti-6Al-4V (TC4) bar', 'kg', 150, 350),
      p('精密不锈钢带', 'precision stainless strip', 'ton', 18_000, 40_000),
    ],
  },
  'new_materials.polymer': {
    companyTerms: [t('高分子材料', 'Polymer Materials'), t('塑胶', 'Plastics')],
    products: [
      p('PA66工程塑料', 'PA66 engineering plastic', 'ton', 18_000, 28_000),
      p('改性PP专用料', 'modified PP compounds', 'ton', 9000, 15_000),
      p('PC聚碳酸酯粒子', 'polycarbonate pellets', 'ton', 14_000, 20_000),
      p('PEEK树脂', 'PEEK resin', 'kg', 400, 900),
      p('氟橡胶（FKM）', 'fluoroelastomer (FKM)', 'kg', 150, 400),
      p('液体环氧树脂', 'liquid epoxy resin', 'ton', 13_000, 22_000),
    ],
  },
  'new_materials.inorganic': {
    companyTerms: [t('陶瓷', 'Ceramics'), t('特种玻璃', 'Special Glass')],
    products: [
      p('氮化硅陶瓷球', 'silicon nitride ceramic balls', 'piece', 2, 50),
      p('氧化锆陶瓷结构件', 'zirconia ceramic parts', 'piece', 5, 200),
      p('碳化硅密封环', 'SiC seal rings', 'piece', 30, 500),
      p('4英寸蓝宝石衬底', '4-inch sapphire substrates', 'wafer', 40, 200),
      p('超薄电子玻璃', 'ultra-thin electronic glass', 'sqm', 100, 500),
    ],
  },
  'new_materials.fiber_composite': {
    companyTerms: [t('复合材料', 'Composite Materials'), t('碳纤维', 'Carbon Fiber')],
    products: [
      p('T700级碳纤维', 'T700-grade carbon fiber', 'kg', 120, 250),
      p('碳纤维预浸料', 'carbon-fiber prepreg', 'kg', 300, 800),
      p('玻璃纤维直接纱', 'E-glass direct roving', 'ton', 3500, 6000),
      p('对位芳纶纤维', 'para-aramid fiber', 'kg', 150, 300),
      p('玻璃钢拉挤型材', 'GFRP pultruded profiles', 'meter', 20, 200),
    ],
  },
  'new_materials.frontier': {
    companyTerms: [t('纳米科技', 'Nanotechnology'), t('新材料', 'New Materials')],
    products: [
      p('石墨烯导电浆料', 'graphene conductive paste', 'ton', 30_000, 120_000),
      p('3D打印钛合金粉末', 'titanium AM powder', 'kg', 800, 2500),
      p('气相纳米二氧化硅', 'fumed nano-silica', 'kg', 30, 200),
      p('第二代高温超导带材', '2G HTS tape', 'meter', 150, 600),
      s('金属3D打印服务', 'metal 3D printing services', 'piece', 500, 20_000),
    ],
  },
  'new_materials.applications': {
    companyTerms: [t('精密制造', 'Precision Manufacturing'), t('科技', 'Technology')],
    products: [
      p('新能源汽车轻量化部件', 'lightweight EV components', 'piece', 200, 3000),
      p('航空复合材料零件', 'aerospace composite parts', 'piece', 5000, 100_000),
      p('光伏压延玻璃', 'PV rolled glass', 'sqm', 15, 30),
      p('医用钛合金植入件', 'medical titanium implants', 'piece', 1000, 8000),
      p('5G基站散热器', '5G base-station heat sinks', 'piece', 100, 800),
    ],
  },
};
