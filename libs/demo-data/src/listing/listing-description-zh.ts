import type { ListingKind } from '../demo-data.types.js';
import type { SentencePool } from './listing-text.types.js';
import { withFact, zhCapacity, zhList, zhNeed, zhPriceRange } from './text-phrases.js';

/** Aligned line by line with EN_SENTENCES, so a bilingual description can say the same thing twice. */
export const ZH_SENTENCES: Record<ListingKind, SentencePool> = {
  SUPPLY: {
    openings: [
      (c) =>
        `${c.enterpriseName.zh}位于${c.city.zh}${c.county.zh}，专注${c.segment.zh}领域，` +
        `主营${c.product.zh}等${c.isService ? '业务' : '产品'}。`,
      (c) => `我司是${c.city.zh}本地的${c.segment.zh}企业，长期稳定${c.isService ? '提供' : '供应'}${c.product.zh}。`,
      (c) =>
        `本公司面向长三角客户${c.isService ? '提供' : '供应'}${c.product.zh}，` +
        `${c.isService ? '服务团队' : '生产基地'}位于${c.city.zh}${c.county.zh}。`,
    ],
    details: [
      (c) =>
        withFact(zhCapacity(c), (capacity) =>
          c.isService ? `${capacity}左右，可按项目需求灵活安排。` : `目前${capacity}左右，可根据订单灵活排产。`,
        ),
      (c) =>
        withFact(zhPriceRange(c), (price) => `参考${c.isService ? '报价' : '单价'}${price}，${c.isService ? '长期合作' : '量大'}可议。`),
      (c) =>
        withFact(c.leadTimeDays, (days) =>
          c.isService ? `一般${days}天内可启动交付，紧急需求可协商。` : `常规交期${days}天，紧急订单可协商加急。`,
        ),
      (c) => `公司深耕${c.segment.zh}多年，${c.isService ? '服务' : '产品'}已覆盖长三角多个城市。`,
      (c) => withFact(zhList(c.certifications), (certs) => `已通过${certs}认证，质量管理体系完善。`),
      (c) => withFact(c.serviceRadiusKm, (km) => `${km}公里范围内可提供上门技术服务。`),
      (c) =>
        withFact(zhList(c.servedProvinces.map((province) => province.zh)), (provinces) => `主要服务${provinces}地区客户。`) ??
        '业务覆盖沪苏浙皖全域。',
    ],
    closings: [
      (c) => `欢迎来电洽谈，可提供${c.isService ? '成功案例及资质文件' : '样品及检测报告'}。`,
      () => '期待与各地客户建立长期合作关系。',
      () => '如需技术资料或报价单，请通过平台联系我们。',
    ],
  },
  DEMAND: {
    openings: [
      (c) => `因业务扩张需要，${c.enterpriseName.zh}现面向长三角地区公开采购${c.product.zh}。`,
      (c) =>
        `我司位于${c.city.zh}${c.county.zh}，主营${c.ownSegment.zh}，现寻找${c.product.zh}的稳定${c.isService ? '服务商' : '供应商'}。`,
      (c) => `为保障供应链安全，本公司拟为${c.product.zh}引入第二${c.isService ? '服务商' : '供应商'}。`,
    ],
    details: [
      (c) =>
        withFact(zhNeed(c), (need) => (c.isService ? `预计${need}左右，按项目分批执行。` : `预计${need}左右，可分批交付。`)),
      (c) =>
        withFact(zhPriceRange(c), (price) => (c.isService ? `预算单价${price}，含税。` : `目标单价${price}，含税含运费。`)),
      (c) =>
        withFact(c.leadTimeDays, (days) => (c.isService ? `要求签约后${days}天内启动。` : `要求下单后${days}天内交货。`)),
      (c) => `本次采购的${c.product.zh}将用于${c.ownSegment.zh}相关业务，需求长期稳定。`,
      (c) => withFact(zhList(c.mandatoryCertifications), (certs) => `供应商须具备${certs}认证。`),
      (c) => withFact(zhList(c.certifications), (certs) => `具备${certs}认证者优先。`),
      (c) => withFact(c.serviceRadiusKm, (km) => `优先选择${km}公里范围内的供应商，便于驻厂服务。`),
      (c) =>
        withFact(zhList(c.servedProvinces.map((province) => province.zh)), (provinces) => `优先考虑${provinces}的供应商。`) ??
        '长三角范围内的供应商均可报名。',
    ],
    closings: [
      () => '合作稳定后可签订年度框架协议。',
      () => '有意向的企业请通过平台提交报价及资质文件。',
      () => '欢迎具备相关经验的企业联系洽谈。',
    ],
  },
};
