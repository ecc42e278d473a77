import { product as p, service as s, term as t } from './vocabulary-builders.js';
import type { ChainVocabulary } from './vocabulary.types.js';

export const HEALTH_VOCABULARY: ChainVocabulary = {
  'health.tcm_herbs': {
    companyTerms: [t('中药材', 'Chinese Herbal Medicine'), t('农业科技', 'Agricultural Technology')],
    products: [
      p('霍山石斛', 'Huoshan dendrobium', 'kg', 2000, 20_000),
      p('亳白芍', 'Bozhou white peony root', 'kg', 20, 60),
      p('杭白菊', 'Hangzhou chrysanthemum', 'kg', 40, 150),
      p('破壁灵芝孢子粉', 'broken-wall reishi spore powder', 'kg', 400, 1500),
      s('GAP中药材基地托管', 'GAP herb plantation management', 'mu', 2000, 8000),
    ],
  },
  'health.pharma': {
    companyTerms: [t('药业', 'Pharma'), t('生物医药', 'Biomedicine')],
    products: [
      p('中成药胶囊', 'proprietary Chinese medicine capsules', 'box', 10, 50),
      s('口服固体制剂代工', 'oral solid dose contract manufacturing', 'box', 1, 8),
      p('小容量注射剂', 'small-volume injections', 'vial', 1, 20),
      p('益生菌制剂', 'probiotic preparations', 'box', 30, 150),
      p('维生素C片', 'vitamin C tablets', 'bottle', 5, 30),
    ],
  },
  'health.devices': {
    companyTerms: [t('医疗设备', 'Medical Equipment'), t('康复科技', 'Rehabilitation Technology')],
    products: [
      p('电动轮椅', 'electric wheelchairs', 'machine', 2000, 10_000),
      p('家用制氧机', 'home oxygen concentrators', 'machine', 1500, 6000),
      p('上肢康复训练机器人', 'upper-limb rehabilitation robots', 'machine', 50_000, 500_000),
      p('电子血压计', 'electronic blood-pressure monitors', 'machine', 80, 400),
      p('助听器', 'hearing aids', 'piece', 1000, 10_000),
    ],
  },
  'health.goods': {
    companyTerms: [t('健康科技', 'Health Technology'), t('生物科技', 'Biotechnology')],
    products: [
      p('智能手环', 'smart fitness bands', 'piece', 80, 400),
      p('乳清蛋白粉', 'whey protein powder', 'can', 80, 300),
      s('保健食品OEM代工', 'health-food OEM', 'box', 10, 60),
      p('智能体脂秤', 'smart body-composition scales', 'piece', 40, 200),
      p('按摩椅', 'massage chairs', 'machine', 3000, 20_000),
    ],
  },
  'health.smart_health': {
    companyTerms: [t('数字健康', 'Digital Health'), t('医疗信息', 'Medical Information')],
    products: [
      s('互联网医院平台', 'internet-hospital platforms', 'project', 300_000, 3_000_000),
      s('健康大数据分析', 'health data analytics', 'project', 100_000, 1_000_000),
      s('慢病管理SaaS', 'chronic-disease management SaaS', 'license', 5000, 80_000),
      s('远程心电监测服务', 'remote ECG monitoring', 'job', 50, 300),
      s('区域卫生信息平台', 'regional health-information platforms', 'project', 1_000_000, 10_000_000),
    ],
  },
  'health.distribution': {
    companyTerms: [t('医药连锁', 'Pharmacy Chain'), t('医药物流', 'Pharmaceutical Logistics')],
    products: [
      s('药品批发配送', 'drug wholesale & delivery', 'shipment', 200, 3000),
      p('常用OTC药品', 'OTC medicines', 'box', 5, 100),
      s('医疗器械第三方物流', 'medical-device 3PL', 'shipment', 200, 3000),
      p('进口膳食补充剂', 'imported dietary supplements', 'box', 50, 300),
    ],
  },
  'health.medical_services': {
    companyTerms: [t('医院', 'Hospital'), t('医疗管理', 'Healthcare Management')],
    products: [
      s('医学影像检查', 'medical imaging examinations', 'visit', 200, 1500),
      s('血液透析', 'haemodialysis', 'visit', 400, 600),
      s('口腔种植', 'dental implants', 'visit', 5000, 20_000),
      s('中医理疗', 'TCM physiotherapy', 'visit', 100, 500),
      s('第三方医学检验', 'third-party lab testing', 'sample', 30, 800),
    ],
  },
  'health.promotion': {
    companyTerms: [t('养老服务', 'Elderly Care Services'), t('康养', 'Health & Wellness')],
    products: [
      s('机构养老床位', 'residential elderly-care beds', 'bedMonth', 3000, 12_000),
      s('居家康复护理', 'home rehabilitation nursing', 'visit', 150, 500),
      s('企业健身课程', 'corporate fitness classes', 'session', 200, 800),
      s('康养旅居线路', 'wellness retreat packages', 'visit', 1500, 8000),
    ],
  },
  'health.management': {
    companyTerms: [t('健康管理', 'Health Management'), t('健康科技', 'Health Technology')],
    products: [
      s('团体健康体检', 'corporate health check-ups', 'visit', 300, 2000),
      s('职业健康检查', 'occupational health examinations', 'visit', 150, 600),
      s('补充医疗保险', 'supplementary medical insurance', 'policy', 200, 3000),
      s('健康管理会员服务', 'health-management memberships', 'memberYear', 1000, 8000),
    ],
  },
};
