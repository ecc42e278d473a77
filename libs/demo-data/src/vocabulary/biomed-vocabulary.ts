import { product as p, service as s, term as t } from './vocabulary-builders.js';
import type { ChainVocabulary } from './vocabulary.types.js';

export const BIOMED_VOCABULARY: ChainVocabulary = {
  'biomed.api_herbs': {
    companyTerms: [t('医药化工', 'Pharmaceutical Chemical'), t('中药材', 'Chinese Herbal Medicine')],
    products: [
      p('阿托伐他汀钙原料药', 'atorvastatin calcium API', 'kg', 800, 3000),
      p('手性胺类医药中间体', 'chiral amine intermediates', 'kg', 500, 5000),
      p('头孢类原料药', 'cephalosporin APIs', 'kg', 300, 2000),
      p('道地白芍', 'authentic white peony root', 'kg', 20, 80),
      p('金银花', 'honeysuckle flower', 'kg', 100, 300),
    ],
  },
  'biomed.excipients_packaging': {
    companyTerms: [t('药用辅料', 'Pharmaceutical Excipients'), t('医药包装', 'Pharmaceutical Packaging')],
    products: [
      p('微晶纤维素', 'microcrystalline cellulose', 'kg', 20, 60),
      p('羟丙甲纤维素（HPMC）', 'hypromellose (HPMC)', 'kg', 60, 180),
      p('明胶空心胶囊', 'hard gelatin capsules', 'capsule', 0.01, 0.05),
      p('中硼硅玻璃管制瓶', 'borosilicate glass vials', 'vial', 0.3, 1.5),
      p('预灌封注射器', 'prefilled syringes', 'piece', 1.5, 6),
      p('PVC/铝箔泡罩包材', 'PVC/aluminium blister film', 'kg', 25, 60),
    ],
  },
  'biomed.rnd_services': {
    companyTerms: [t('医药科技', 'Pharmaceutical Technology'), t('新药研发', 'Drug Discovery')],
    products: [
      s('临床前药效学评价', 'preclinical efficacy studies', 'project', 300_000, 3_000_000),
      s('临床试验CRO服务', 'clinical trial CRO services', 'project', 2_000_000, 30_000_000),
      s('生物药CDMO工艺开发', 'biologics CDMO process development', 'project', 2_000_000, 20_000_000),
      s('化合物定制合成', 'custom compound synthesis', 'job', 20_000, 300_000),
      s('生物分析检测', 'bioanalytical testing', 'sample', 300, 2000),
    ],
  },
  'biomed.chem_drugs': {
    companyTerms: [t('制药', 'Pharmaceutical'), t('药业', 'Pharma')],
    products: [
      p('阿托伐他汀钙片', 'atorvastatin calcium tablets', 'box', 5, 30),
      p('盐酸二甲双胍缓释片', 'metformin extended-release tablets', 'box', 3, 20),
      p('注射用头孢曲松钠', 'ceftriaxone sodium for injection', 'vial', 2, 15),
      p('布洛芬混悬液', 'ibuprofen oral suspension', 'bottle', 8, 25),
      p('奥美拉唑肠溶胶囊', 'omeprazole delayed-release capsules', 'box', 5, 25),
    ],
  },
  'biomed.biologics': {
    companyTerms: [t('生物制药', 'Biopharmaceutical'), t('生物技术', 'Biotechnology')],
    products: [
      p('重组人胰岛素注射液', 'recombinant human insulin injection', 'vial', 20, 60),
      p('单克隆抗体注射液', 'monoclonal antibody injection', 'vial', 800, 5000),
      p('四价流感疫苗', 'quadrivalent influenza vaccine', 'dose', 80, 150),
      p('抗体药物原液', 'antibody drug substance', 'gram', 500, 5000),
      p('重组蛋白试剂', 'recombinant protein reagents', 'gram', 2000, 20_000),
    ],
  },
  'biomed.tcm': {
    companyTerms: [t('中药', 'Traditional Chinese Medicine'), t('国药', 'Chinese Medicine')],
    products: [
      p('黄芪饮片', 'astragalus decoction pieces', 'kg', 40, 150),
      p('中药配方颗粒', 'TCM dispensing granules', 'sachet', 0.5, 3),
      p('复方丹参滴丸', 'compound Danshen dripping pills', 'box', 15, 40),
      p('板蓝根颗粒', 'Banlangen granules', 'box', 5, 20),
      p('中药提取物', 'herbal extracts', 'kg', 100, 800),
    ],
  },
  'biomed.devices': {
    companyTerms: [t('医疗器械', 'Medical Devices'), t('医疗科技', 'Medical Technology')],
    products: [
      p('一次性使用输液器', 'disposable infusion sets', 'piece', 0.8, 3),
      p('多参数监护仪', 'multi-parameter patient monitors', 'machine', 8000, 60_000),
      p('彩色多普勒超声诊断仪', 'colour Doppler ultrasound systems', 'machine', 200_000, 2_000_000),
      p('椎间融合器', 'interbody fusion cages', 'piece', 2000, 15_000),
      p('体外诊断试剂盒', 'IVD reagent kits', 'box', 50, 500),
      p('64排CT', '64-slice CT scanners', 'machine', 2_000_000, 15_000_000),
    ],
  },
  'biomed.distribution': {
    companyTerms: [t('医药物流', 'Pharmaceutical Logistics'), t('大药房', 'Pharmacy')],
    products: [
      p('常用处方药', 'common prescription drugs', 'box', 5, 200),
      s('医院药品配送', 'hospital drug delivery', 'shipment', 200, 2000),
      s('医药冷链运输', 'cold-chain pharma logistics', 'shipment', 500, 5000),
      s('医用耗材SPD院内物流', 'hospital SPD supply services', 'project', 500_000, 5_000_000),
      s('医药电商代运营', 'online pharmacy operation', 'project', 100_000, 1_000_000),
    ],
  },
  'biomed.providers': {
    companyTerms: [t('医疗管理', 'Healthcare Management'), t('门诊部', 'Clinic')],
    products: [
      s('GCP临床试验机构服务', 'GCP clinical trial site services', 'project', 200_000, 2_000_000),
      s('健康体检服务', 'health check-up services', 'visit', 300, 3000),
      s('医学检验外送服务', 'outsourced clinical lab testing', 'sample', 30, 500),
      s('远程会诊服务', 'telemedicine consultations', 'visit', 200, 1500),
    ],
  },
};
