import { product as p, service as s, term as t } from './vocabulary-builders.js';
import type { ChainVocabulary } from './vocabulary.types.js';

export const ECO_VOCABULARY: ChainVocabulary = {
  'eco.materials': {
    companyTerms: [t('环保材料', 'Environmental Materials'), t('净水材料', 'Water Purification Materials')],
    products: [
      p('SCR脱硝催化剂', 'SCR denitrification catalyst', 'cubicMeter', 10_000, 25_000),
      p('PTFE覆膜滤袋', 'PTFE-membrane filter bags', 'piece', 150, 600),
      p('反渗透膜元件', 'reverse-osmosis membrane elements', 'piece', 1500, 5000),
      p('聚合氯化铝（PAC）', 'polyaluminium chloride (PAC)', 'ton', 1500, 3000),
      p('聚丙烯酰胺（PAM）', 'polyacrylamide (PAM)', 'ton', 8000, 18_000),
      p('颗粒活性炭', 'granular activated carbon', 'ton', 5000, 15_000),
    ],
  },
  'eco.instruments': {
    companyTerms: [t('环境监测', 'Environmental Monitoring'), t('分析仪器', 'Analytical Instruments')],
    products: [
      p('烟气CEMS在线监测系统', 'flue-gas CEMS', 'set', 200_000, 600_000),
      p('COD水质在线分析仪', 'online COD analysers', 'machine', 40_000, 150_000),
      p('VOCs在线监测系统', 'online VOC monitoring systems', 'set', 200_000, 800_000),
      p('微型空气质量监测站', 'micro air-quality stations', 'set', 10_000, 60_000),
      p('噪声在线监测仪', 'online noise monitors', 'machine', 5000, 30_000),
    ],
  },
  'eco.equipment': {
    companyTerms: [t('环保设备', 'Environmental Equipment'), t('节能科技', 'Energy Saving Technology')],
    products: [
      p('RTO蓄热式焚烧炉', 'regenerative thermal oxidisers (RTO)', 'set', 800_000, 5_000_000),
      p('一体化污水处理设备', 'packaged wastewater treatment units', 'set', 100_000, 1_000_000),
      p('脉冲布袋除尘器', 'pulse-jet baghouse dust collectors', 'set', 100_000, 2_000_000),
      p('污泥低温干化机', 'low-temperature sludge dryers', 'machine', 500_000, 3_000_000),
      p('磁悬浮鼓风机', 'magnetic-bearing blowers', 'machine', 200_000, 1_200_000),
    ],
  },
  'eco.engineering': {
    companyTerms: [t('环境工程', 'Environmental Engineering'), t('工程技术', 'Engineering Technology')],
    products: [
      s('污水处理厂EPC总包', 'wastewater plant EPC contracts', 'project', 5_000_000, 200_000_000),
      s('工业废气治理工程', 'industrial exhaust treatment projects', 'project', 500_000, 20_000_000),
      s('环境影响评价', 'environmental impact assessments', 'project', 50_000, 800_000),
      s('污染土壤修复', 'contaminated soil remediation', 'cubicMeter', 300, 1500),
      s('节能改造设计', 'energy-efficiency retrofit design', 'project', 100_000, 2_000_000),
    ],
  },
  'eco.operation': {
    companyTerms: [t('环境服务', 'Environmental Services'), t('水务', 'Water')],
    products: [
      s('污水处理运营服务', 'wastewater treatment O&M', 'ton', 0.8, 3),
      s('危险废物处置', 'hazardous waste disposal', 'ton', 2000, 8000),
      s('生活垃圾焚烧处置', 'municipal waste incineration', 'ton', 60, 150),
      s('合同能源管理（EMC）', 'energy performance contracting (EMC)', 'project', 500_000, 20_000_000),
      s('脱硫脱硝设施运维', 'FGD/SCR operation & maintenance', 'project', 200_000, 3_000_000),
    ],
  },
  'eco.recycling': {
    companyTerms: [t('再生资源', 'Renewable Resources'), t('资源循环', 'Resource Recycling')],
    products: [
      p('再生铜杆', 'recycled copper rod', 'ton', 55_000, 70_000),
      p('废锂电池黑粉', 'black mass from spent Li-ion batteries', 'ton', 10_000, 40_000),
      p('再生PET瓶片', 'recycled PET flakes', 'ton', 5000, 8000),
      p('废钢破碎料', 'shredded steel scrap', 'ton', 2200, 3000),
      p('再生铝锭', 'recycled aluminium ingots', 'ton', 16_000, 20_000),
    ],
  },
  'eco.end_users': {
    companyTerms: [t('热电', 'Thermal Power'), t('能源', 'Energy')],
    products: [
      p('工业蒸汽', 'industrial steam', 'ton', 180, 300),
      p('绿色电力', 'green electricity', 'kwh', 0.35, 0.6),
      p('再生水', 'reclaimed water', 'ton', 1, 4),
      p('脱硫石膏', 'FGD gypsum', 'ton', 20, 80),
      p('钢渣微粉', 'steel-slag powder', 'ton', 150, 300),
    ],
  },
};
